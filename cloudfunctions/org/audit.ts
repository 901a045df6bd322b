import { randomBytes } from 'node:crypto'
import { type UnitPath } from '../_shared/domain/org-path'
import type { AuditEntryView, Page } from '../_shared/contract/org'
import { auditPage } from '../_shared/data/org/audit-log'
import type { AuditDoc } from '../_shared/data/org-docs'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { guard } from '../_shared/access/caller'
import { loadUnit } from '../_shared/data/org/by-id'

/** An audit entry for a change; written in the same transaction as the change. */
export function auditEntry(caller: Caller, action: string, unit: { _id: string; path: UnitPath }, targetMemberId: string | null, summary: string): AuditDoc {
  return {
    _id: `${now().getTime().toString(36)}-${randomBytes(6).toString('hex')}`,
    at: now(),
    actorId: caller.memberId,
    actorName: caller.name,
    action,
    unitId: unit._id,
    unitPath: unit.path,
    targetMemberId,
    summary
  }
}

export async function listAudit(caller: Caller, payload: { unitId: string; page: number; pageSize: number }): Promise<Page<AuditEntryView>> {
  const unit = await loadUnit(payload.unitId)
  guard(caller, { action: 'audit.list', targets: [unit.path] })
  const { entries, total } = await auditPage(unit.path, payload.page, payload.pageSize)
  const items = entries.map((entry) => ({
    id: entry._id,
    at: entry.at.toISOString(),
    actorName: entry.actorName,
    action: entry.action,
    summary: entry.summary
  }))
  return { items, total, page: payload.page, pageSize: payload.pageSize }
}
