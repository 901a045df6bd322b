import { z } from 'zod'
import type { OrgActions } from '../_shared/contract/org'
import type { SchemasMatch } from '../_shared/contract/schema-check'
import { IMPORT_COMMIT_MAX_ROWS } from '../_shared/contract/org-import'
import type { Role } from '../_shared/contract/org'
import { ROLES } from '../_shared/domain/org/roles'

/** Payload schemas of every org action; types come from the contract, these check the wire. */
const id = z.string().trim().min(1, '不能为空').max(64, '过长')
const name = z.string().trim().min(2, '至少 2 个字').max(20, '不超过 20 个字')
const phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '应为 11 位手机号')
const memberType = z.enum(['正式党员', '预备党员', '入党积极分子'], { error: '党员类型不正确' })
const category = z.enum(['在职', '离退休', '流动党员'], { error: '人员类别不正确' })
const role = z.enum(ROLES as [Role, ...Role[]], { error: '职务不正确' })
const reason = z.string().trim().min(2, '请填写原因').max(200, '原因不超过 200 字')
const page = z.number().int().min(1).max(10_000).default(1)
const pageSize = z.number().int().min(1).max(100).default(20)
const empty = z.object({}).strict()

/** A base64 .xlsx of at most ~3 MB (the platform's request limit is larger; this is the product's). */
const base64File = z.string().min(1, '请选择文件').max(4_000_000, '文件过大（不超过 3 MB）')

export const schemas = {
  'units.tree': empty,
  'units.create': z
    .object({
      parentId: id,
      name: z.string().trim().min(2, '至少 2 个字').max(40, '不超过 40 个字'),
      type: z.enum(['general_branch', 'branch', 'group'], { error: '组织类型不正确' })
    })
    .strict(),
  'members.list': z.object({ unitId: id, keyword: z.string().trim().max(20).optional(), page, pageSize, includeInactive: z.boolean().default(false) }).strict(),
  'members.add': z.object({ unitId: id, name, phone, type: memberType, category, groupId: id.nullable().optional() }).strict(),
  'members.move': z.object({ memberId: id, toUnitId: id, groupId: id.nullable().optional() }).strict(),
  'members.setActivityUnit': z.object({ memberId: id, activityUnitId: id.nullable() }).strict(),
  'units.branches': empty,
  'members.deactivate': z.object({ memberId: id, status: z.enum(['transferred_out', 'inactive']), reason }).strict(),
  'roles.appoint': z.object({ memberId: id, role, unitId: id }).strict(),
  'roles.revoke': z.object({ memberId: id, role, unitId: id }).strict(),
  'invites.create': z.object({ memberId: id }).strict(),
  'invites.redeem': z.object({ code: z.string().trim().min(1, '请输入邀请码').max(32) }).strict(),
  'invites.resolve': z.object({ scene: z.string().trim().min(1, '小程序码参数为空').max(32, '小程序码参数无效') }).strict(),
  'members.rebind': z.object({ memberId: id, reason }).strict(),
  'import.template': empty,
  'import.preview': z.object({ unitId: id, base64: base64File }).strict(),
  'import.commit': z
    .object({
      unitId: id,
      rows: z
        .array(
          z
            .object({
              row: z.number().int().min(2),
              name,
              phone,
              unitName: z.string().trim().min(1),
              groupName: z.string().trim().min(1).nullable(),
              type: memberType,
              category
            })
            .strict()
        )
        .min(1, '没有可导入的行')
        .max(IMPORT_COMMIT_MAX_ROWS, `每次最多导入 ${IMPORT_COMMIT_MAX_ROWS} 行`)
    })
    .strict(),
  'audit.list': z.object({ unitId: id, page, pageSize }).strict()
}

/**
 * Fails to compile, naming the actions, when a schema and the contract's payload type drift apart.
 */
export const schemasMatchContract: SchemasMatch<OrgActions, typeof schemas> = true
