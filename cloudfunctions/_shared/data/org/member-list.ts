import { database } from '../client'
import type { MemberDoc } from '../org-docs'
import { contains, prefix } from '../query'

export interface MemberFilter {
  unitPath: string
  includeInactive: boolean
  /** Part of the name, any case. */
  keyword?: string
}

/** A page of the members under a unit, by name, and how many match: two calls, together. */
export async function membersPage(filter: MemberFilter, page: number, pageSize: number): Promise<{ members: MemberDoc[]; total: number }> {
  const where: Record<string, unknown> = { unitPath: prefix(filter.unitPath) }
  if (!filter.includeInactive) where.status = 'active'
  if (filter.keyword) where.name = contains(filter.keyword)
  const members = database().collection('members')
  const [{ data }, { total }] = await Promise.all([
    members
      .where(where)
      .orderBy('name', 'asc')
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .get(),
    members.where(where).count()
  ])
  return { members: data as MemberDoc[], total }
}

/** The unit path of each of these members that exists, by id: one call. */
export async function registeredPaths(ids: string[]): Promise<Map<string, string>> {
  const _ = database().command
  const { data } = await database()
    .collection('members')
    .where({ _id: _.in(ids) })
    .field({ _id: true, unitPath: true })
    .limit(ids.length)
    .get()
  return new Map((data as Array<{ _id: string; unitPath: string }>).map((doc) => [doc._id, doc.unitPath]))
}
