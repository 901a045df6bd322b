import type { ImportCommitResult, ImportMemberRow, ImportPreview } from '../_shared/contract/org'
import { database } from '../_shared/data/client'
import type { MemberDoc, UnitDoc } from '../_shared/data/org-docs'
import { inTransaction } from '../_shared/data/transaction'
import { managedScopes } from '../_shared/domain/org/authorize'
import { buildImportTemplate, IMPORT_TEMPLATE_FILE_NAME, ImportFileError, parseImportFile } from '../_shared/domain/org/import'
import { within, type Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { auditEntry } from './audit'
import { guard, loadUnit } from '../_shared/access/caller'
import { newMemberDoc } from './member-doc'
import { prefix, readAll } from '../_shared/data/query'

/** The branches (with their groups) under a unit: what an import may place members into. */
async function branchesUnder(path: string): Promise<Array<{ id: string; name: string; path: string; groups: Array<{ id: string; name: string }> }>> {
  const units = await readAll<UnitDoc>('units', { path: prefix(path) })
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
  const _ = database().command
  const { data } = await database().collection('members').where({ _id: _.in(unique.map((doc) => doc._id)) }).field({ _id: true, unitPath: true }).limit(unique.length).get()
  const existing = new Map((data as Array<{ _id: string; unitPath: string }>).map((doc) => [doc._id, doc.unitPath]))
  const fresh = unique.filter((doc) => !existing.has(doc._id))
  // A phone already registered outside the caller's scope is reported by row number only: whose it is stays outside.
  const outside = new Set([...existing].filter(([, path]) => !within(unit.path, path)).map(([id]) => id))
  const elsewhere = payload.rows.filter((_row, i) => outside.has(docs[i]._id)).map((row) => row.row)
  if (fresh.length > 0) {
    const perUnit = new Map<string, number>()
    fresh.forEach((doc) => perUnit.set(doc.unitId, (perUnit.get(doc.unitId) ?? 0) + 1))
    await inTransaction(async (txn) => {
      for (const doc of fresh) await txn.collection('members').add(doc)
      for (const [unitId, count] of perUnit) await txn.collection('units').doc(unitId).update({ memberCount: _.inc(count) })
      await txn.collection('audit').add(auditEntry(caller, 'import.commit', unit, null, `批量导入党员 ${fresh.length} 名`))
    })
  }
  return { created: fresh.length, unchanged: payload.rows.length - fresh.length - elsewhere.length, elsewhere }
}
