import { database } from '../client'
import type { MeetingType } from '../../contract/meetings-api'
import type { MeetingDoc, MeetingUnitDoc } from '../meeting-docs'

/** One page of a list and how many there are in all. */
export interface Page<T> {
  items: T[]
  total: number
}

export interface PageRequest {
  /** Past (ended) ones latest first, or upcoming (not yet ended) soonest first. */
  past?: boolean
  /** Only meetings of this type (组织生活 filtered by 主题党日, 集体学习…). */
  type?: MeetingType
  page: number
  pageSize: number
}

/** The time filter and order shared by both lists: two calls, the page and the count. */
async function pageOf<T>(collection: 'meetings' | 'meetingUnits', where: Record<string, unknown>, request: PageRequest, at: Date): Promise<Page<T>> {
  const db = database()
  const _ = db.command
  const query = { endAt: request.past ? _.lt(at) : _.gte(at), ...(request.type ? { type: request.type } : {}), ...where }
  const order = request.past ? 'desc' : 'asc'
  const [{ data }, { total }] = await Promise.all([
    db
      .collection(collection)
      .where(query)
      .orderBy('startAt', order)
      .skip((request.page - 1) * request.pageSize)
      .limit(request.pageSize)
      .get(),
    db.collection(collection).where(query).count()
  ])
  return { items: data as T[], total }
}

/** Meetings held by any of these units (a member's branch, the units above it, their 党小组). */
export function meetingsOfUnits(unitIds: readonly string[], request: PageRequest, at: Date): Promise<Page<MeetingDoc>> {
  return pageOf<MeetingDoc>('meetings', { unitId: database().command.in([...unitIds]) }, request, at)
}

/** A unit's counter documents: its own meetings and those of units above that include it. */
export function countersOfUnit(unitId: string, request: PageRequest, at: Date): Promise<Page<MeetingUnitDoc>> {
  return pageOf<MeetingUnitDoc>('meetingUnits', { unitId }, request, at)
}
