import { ManagementCode, refuse } from './errors'
import { checkEnv, existingTable, stringParam } from './params'
import type { ManagementTable } from './types'

/** The presets and CUSTOM, as the console offers them. */
export const ACL_TAGS = ['READONLY', 'PRIVATE', 'ADMINWRITE', 'ADMINONLY', 'CUSTOM'] as const

/** What a collection created without a rule reports (functions only; the console's default for server-created collections). */
export const DEFAULT_ACL_TAG = 'ADMINONLY'

function aclTag(params: Record<string, unknown>): string {
  const tag = stringParam(params, 'AclTag')
  if (!(ACL_TAGS as readonly string[]).includes(tag)) refuse(ManagementCode.INVALID_PARAMETER, `AclTag ${tag} 无效（可选：${ACL_TAGS.join('、')}）`)
  return tag
}

function customRule(text: string): Record<string, unknown> {
  let rule: unknown
  try {
    rule = JSON.parse(text)
  } catch {
    return refuse(ManagementCode.INVALID_PARAMETER, 'Rule 不是合法的 JSON')
  }
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule))
    refuse(ManagementCode.INVALID_PARAMETER, 'Rule 应为 JSON 对象，如 {"read":false,"write":false}')
  const record = rule as Record<string, unknown>
  for (const [op, value] of Object.entries(record)) {
    if (typeof value !== 'boolean' && typeof value !== 'string') refuse(ManagementCode.INVALID_PARAMETER, `Rule 的 ${op} 应为布尔值或表达式字符串`)
  }
  return record
}

/**
 * Database security rules (tcb 2018-06-08): ModifySafeRule / DescribeSafeRule
 * (AclTag and, for CUSTOM, `Rule` as a JSON string), ModifyDatabaseACL /
 * DescribeDatabaseACL (presets). Kept with the collection and read back; the
 * emulator has no client database API for them to bind.
 */
export const ruleActions: ManagementTable = {
  async ModifySafeRule(params, deps) {
    checkEnv(params, deps)
    const table = existingTable(params, deps, 'CollectionName')
    const tag = aclTag(params)
    if (tag !== 'CUSTOM') {
      await deps.db.state.setAcl(table, { tag })
      return {}
    }
    await deps.db.state.setAcl(table, { tag, rule: customRule(stringParam(params, 'Rule')) })
    return {}
  },
  DescribeSafeRule(params, deps) {
    checkEnv(params, deps)
    const acl = deps.db.state.collection(existingTable(params, deps, 'CollectionName')).meta.acl
    if (!acl) return { AclTag: DEFAULT_ACL_TAG }
    return acl.rule ? { AclTag: acl.tag, Rule: JSON.stringify(acl.rule) } : { AclTag: acl.tag }
  },
  async ModifyDatabaseACL(params, deps) {
    checkEnv(params, deps)
    const table = existingTable(params, deps, 'CollectionName')
    const tag = aclTag(params)
    if (tag === 'CUSTOM') refuse(ManagementCode.INVALID_PARAMETER, '自定义规则请用 ModifySafeRule 设置')
    await deps.db.state.setAcl(table, { tag })
    return {}
  },
  DescribeDatabaseACL(params, deps) {
    checkEnv(params, deps)
    return { AclTag: deps.db.state.collection(existingTable(params, deps, 'CollectionName')).meta.acl?.tag ?? DEFAULT_ACL_TAG }
  }
}
