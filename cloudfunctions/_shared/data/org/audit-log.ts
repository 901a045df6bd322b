import { database } from '../client'
import type { AuditDoc } from '../org-docs'
import { prefix } from '../query'

/** A page of the audit entries under `unitPath`, newest first, and how many there are: two calls, together. */
export async function auditPage(unitPath: string, page: number, pageSize: number): Promise<{ entries: AuditDoc[]; total: number }> {
  const where = { unitPath: prefix(unitPath) }
  const audit = database().collection('audit')
  const [{ data }, { total }] = await Promise.all([
    audit
      .where(where)
      .orderBy('at', 'desc')
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .get(),
    audit.where(where).count()
  ])
  return { entries: data as AuditDoc[], total }
}
