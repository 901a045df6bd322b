import type { ImportCommitResult, ImportMemberRow, ImportPreview, OrgErrorCode } from '../_shared/contract/org'
import { within } from '../_shared/domain/org-path'
import type { MemberDoc, UnitDoc } from '../_shared/data/org-docs'
import { isConflict } from '../_shared/data/transaction'
import { createMissingMembers } from '../_shared/data/org/import-writes'
import { registeredPaths } from '../_shared/data/org/member-list'
import { unitsUnder } from '../_shared/data/org/units'
import { managedScopes } from '../_shared/domain/org/authorize'
import { buildImportTemplate, IMPORT_TEMPLATE_FILE_NAME, ImportFileError, parseImportFile } from '../_shared/domain/org/import'
import { type Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { auditEntry } from './audit'
import { guard } from '../_shared/access/caller'
import { loadUnit } from '../_shared/data/org/by-id'
import { newMemberDoc } from './member-doc'
import { followChange, pendingFollow, type PendingFollow } from '../_shared/data/membership-follow'

/** The branches (with their groups) under a unit: what an import may place members into. */
async function branchesUnder(path: string): Promise<Array<{ id: string; name: string; path: string; groups: Array<{ id: string; name: string }> }>> {
  const units = await unitsUnder(path)
  return units
    .filter((unit) => unit.type === 'branch')
    .map((branch) => ({
      id: branch._id,
      name: branch.name,
      path: branch.path,
      groups: units.filter((unit) => unit.type === 'group' && unit.parentId === branch._id).map((group) => ({ id: group._id, name: group.name }))
    }))
}

export async function importTemplate(caller: Caller): Promise<{ fileName: string; base64: string }> {
  const scopes = managedScopes(caller).filter((scope) => scope.capabilities.includes('members.import'))
  if (scopes.length === 0) throw new AppFailure(AppErrorCode.FORBIDDEN, '你没有批量导入党员的权限')
  const branches = (await Promise.all(scopes.map((scope) => branchesUnder(scope.unitPath)))).flat()
  const file = await buildImportTemplate({ unitNames: branches.map((b) => b.name), groupNames: branches.flatMap((b) => b.groups.map((g) => g.name)) })
  return { fileName: IMPORT_TEMPLATE_FILE_NAME, base64: file.toString('base64') }
}

export async function previewImport(caller: Caller, payload: { unitId: string; base64: string }): Promise<ImportPreview> {
  const unit = await loadUnit(payload.unitId)
  guard(caller, { action: 'import.preview', targets: [unit.path] })
  try {
    return await parseImportFile(Buffer.from(payload.base64, 'base64'), { units: await branchesUnder(unit.path) })
  } catch (error) {
    if (error instanceof ImportFileError) throw new AppFailure(AppErrorCode.INVALID_INPUT, error.message)
    throw error
  }
}

/**
 * Commits one chunk (≤ 50 rows) of a previewed import. Ids come from the phone
 * number, so a row already imported is left unchanged: importing the same file
 * twice creates no duplicates, and a retried chunk is harmless. A row whose
 * phone belongs to someone outside the caller's scope is not imported and is
 * named by its row number only.
 *
 * The same chunk may arrive twice at once (a double tap, a retry whose first
 * answer was lost) or next to another file for the same branch. Which rows
 * are new is therefore decided inside the transaction that creates them and
 * bumps the counter, never from a read before it: a transaction that loses a
 * race starts over, sees the other one's members and leaves them unchanged.
 */
export async function commitImport(caller: Caller, payload: { unitId: string; rows: ImportMemberRow[] }): Promise<ImportCommitResult> {
  const unit = await loadUnit(payload.unitId)
  guard(caller, { action: 'import.commit', targets: [unit.path] })
  const branches = await branchesUnder(unit.path)
  const at = now()
  const docs = payload.rows.map((row): MemberDoc => {
    const branch = branches.find((b) => b.name === row.unitName)
    if (!branch) throw new AppFailure(AppErrorCode.INVALID_INPUT, `第 ${row.row} 行：所在支部“${row.unitName}”不在你的管理范围内`)
    const group = row.groupName ? branch.groups.find((g) => g.name === row.groupName) : undefined
    if (row.groupName && !group) throw new AppFailure(AppErrorCode.INVALID_INPUT, `第 ${row.row} 行：党小组“${row.groupName}”不存在`)
    return newMemberDoc({ name: row.name, phone: row.phone, type: row.type, category: row.category, branch, groupId: group?.id ?? null }, at)
  })
  const unique = [...new Map(docs.map((doc) => [doc._id, doc])).values()]
  // Members are never deleted, so one found here stays found: only the rest need the transaction (a re-import needs none).
  const registered = await registeredPaths(unique.map((doc) => doc._id))
  const candidates = unique.filter((doc) => !registered.has(doc._id))
  const change = pendingFollow(null, null, at)
  const { created, found } = candidates.length > 0 ? await createMissing(caller, unit, candidates, change) : { created: 0, found: new Map<string, string>() }
  // The new members now count in the notices and meetings open in their branches (what this misses, the sweep finishes).
  if (created > 0) await followChange(change.id)
  const existing = new Map([...registered, ...found])
  // A phone already registered outside the caller's scope is reported by row number only: whose it is stays outside.
  const outside = new Set([...existing].filter(([, path]) => !within(unit.path, path)).map(([id]) => id))
  const elsewhere = payload.rows.filter((_row, i) => outside.has(docs[i]._id)).map((row) => row.row)
  return { created, unchanged: payload.rows.length - created - elsewhere.length, elsewhere }
}

/** What a chunk answers when other imports into the branch kept winning: it wrote nothing, so trying again is safe. */
const IMPORT_BUSY: OrgErrorCode = 'IMPORT_BUSY'

/**
 * Creates the candidates still missing (data/org/import-writes.ts). If other
 * imports into the branch keep winning past the retries, the caller is told
 * to try again: nothing was written.
 */
async function createMissing(
  caller: Caller,
  unit: UnitDoc,
  candidates: MemberDoc[],
  change: PendingFollow
): Promise<{ created: number; found: Map<string, string> }> {
  try {
    return await createMissingMembers(candidates, change, (created) => auditEntry(caller, 'import.commit', unit, null, `批量导入党员 ${created} 名`))
  } catch (error) {
    if (isConflict(error)) throw new AppFailure(IMPORT_BUSY, '另一批导入正在进行，请稍后重试')
    throw error
  }
}
