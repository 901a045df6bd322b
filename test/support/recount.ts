import type { MeetingDoc, MeetingMemberDoc, MeetingUnitDoc } from '../../cloudfunctions/_shared/data/meeting-docs'
import type { NoticeDoc, NoticeMemberDoc, NoticeUnitDoc } from '../../cloudfunctions/_shared/data/notice-docs'
import type { MemberDoc } from '../../cloudfunctions/_shared/data/org-docs'
import type { MemberStatsDoc, UnitStatsDoc } from '../../cloudfunctions/_shared/data/stats'
import { allKeys, periodKeys } from '../../cloudfunctions/_shared/domain/dashboard/periods'
import { noticePeriodAt } from '../../cloudfunctions/_shared/domain/notices/calendar'
import type { TestEmulator } from './emulator'

type Db = TestEmulator['db']

/** Every document of a collection, paging past the 1000 a read returns. */
export async function allDocs<T>(db: Db, collection: string): Promise<T[]> {
  const out: T[] = []
  for (let offset = 0; ; offset += 1000) {
    const { data } = await db.collection(collection).where({}).skip(offset).limit(1000).get()
    out.push(...(data as T[]))
    if (data.length < 1000) return out
  }
}

/**
 * Every counter the dashboard reads (noticeUnits, meetingUnits, unitStats,
 * memberStats) against a full recount from the raw records; the differences,
 * one line each (empty: they agree).
 */
export async function recountMismatches(db: Db): Promise<string[]> {
  const [memberDocs, noticeDocs, noticeUnits, noticeMembers, meetingDocs, meetingUnits, meetingMembers, buckets, memberStats] = await Promise.all([
    allDocs<MemberDoc>(db, 'members'),
    allDocs<NoticeDoc>(db, 'notices'),
    allDocs<NoticeUnitDoc>(db, 'noticeUnits'),
    allDocs<NoticeMemberDoc>(db, 'noticeMembers'),
    allDocs<MeetingDoc>(db, 'meetings'),
    allDocs<MeetingUnitDoc>(db, 'meetingUnits'),
    allDocs<MeetingMemberDoc>(db, 'meetingMembers'),
    allDocs<UnitStatsDoc>(db, 'unitStats'),
    allDocs<MemberStatsDoc>(db, 'memberStats')
  ])
  const memberOf = new Map(memberDocs.map((m) => [m._id, m]))
  const noticeKeys = new Map(noticeDocs.map((n) => [n._id, allKeys(periodKeys(noticePeriodAt(n, new Date())))]))
  const meetingOf = new Map(meetingDocs.map((m) => [m._id, m]))
  const meetingKeys = new Map(meetingDocs.map((m) => [m._id, allKeys(periodKeys(m.startAt))]))
  const inUnit = (state: { memberId: string; meetingId?: string }, unit: { unitId: string; unitPath: string; unitType: string }): boolean => {
    const member = memberOf.get(state.memberId)!
    if (unit.unitType === 'group') return member.groupId === unit.unitId && meetingOf.get(state.meetingId ?? '')?.unitType === 'group'
    return member.unitPath.startsWith(unit.unitPath)
  }
  const count = <T>(items: T[], keep: (item: T) => boolean): number => items.filter(keep).length
  const mismatches: string[] = []
  const expectEqual = (what: string, actual: number, expected: number): void => {
    if (actual !== expected) mismatches.push(`${what}: counter ${actual}, recount ${expected}`)
  }

  for (const u of noticeUnits) {
    const states = noticeMembers.filter((s) => s.noticeId === u.noticeId && inUnit(s, u))
    expectEqual(
      `${u._id}.read`,
      u.read,
      count(states, (s) => Boolean(s.readAt))
    )
    expectEqual(
      `${u._id}.answered`,
      u.answered,
      count(states, (s) => Boolean(s.submittedAt))
    )
  }
  const STATUSES = ['present', 'late', 'leave', 'absent'] as const
  for (const u of meetingUnits) {
    const states = meetingMembers.filter((s) => s.meetingId === u.meetingId && inUnit(s, u))
    for (const status of STATUSES)
      expectEqual(
        `${u._id}.${status}`,
        u[status],
        count(states, (s) => s.status === status)
      )
    expectEqual(
      `${u._id}.madeUp`,
      u.madeUp,
      count(states, (s) => Boolean(s.makeup?.completedAt))
    )
  }
  for (const b of buckets) {
    const notice = (s: { noticeId: string }) => noticeKeys.get(s.noticeId)!.includes(b.period)
    const meeting = (s: { meetingId: string }) => meetingKeys.get(s.meetingId)!.includes(b.period)
    const nStates = noticeMembers.filter((s) => notice(s) && inUnit(s, b))
    const mStates = meetingMembers.filter((s) => meeting(s) && inUnit(s, b))
    const ownNotices = noticeUnits.filter((u) => u.unitId === b.unitId && notice(u))
    const held = meetingUnits.filter((u) => u.unitId === b.unitId && meeting(u) && meetingOf.get(u.meetingId)?.finalizedAt)
    expectEqual(`${b._id}.notices`, b.notices, ownNotices.length)
    expectEqual(
      `${b._id}.noticeAssigned`,
      b.noticeAssigned,
      ownNotices.reduce((sum, u) => sum + u.assigned, 0)
    )
    expectEqual(
      `${b._id}.noticeRead`,
      b.noticeRead,
      count(nStates, (s) => Boolean(s.readAt))
    )
    expectEqual(
      `${b._id}.noticeAnswered`,
      b.noticeAnswered,
      count(nStates, (s) => Boolean(s.submittedAt))
    )
    for (const status of STATUSES)
      expectEqual(
        `${b._id}.${status}`,
        b[status],
        count(mStates, (s) => s.status === status)
      )
    expectEqual(
      `${b._id}.madeUp`,
      b.madeUp,
      count(mStates, (s) => Boolean(s.makeup?.completedAt))
    )
    expectEqual(`${b._id}.meetingsHeld`, b.meetingsHeld, held.length)
    expectEqual(
      `${b._id}.meetingInvited`,
      b.meetingInvited,
      held.reduce((sum, u) => sum + u.invited, 0)
    )
  }
  for (const stats of memberStats) {
    for (const [period, fields] of Object.entries(stats.periods)) {
      const nStates = noticeMembers.filter((s) => s.memberId === stats.memberId && noticeKeys.get(s.noticeId)!.includes(period))
      const mStates = meetingMembers.filter((s) => s.memberId === stats.memberId && meetingKeys.get(s.meetingId)!.includes(period))
      expectEqual(
        `${stats._id}.${period}.noticeRead`,
        fields.noticeRead ?? 0,
        count(nStates, (s) => Boolean(s.readAt))
      )
      expectEqual(
        `${stats._id}.${period}.noticeAnswered`,
        fields.noticeAnswered ?? 0,
        count(nStates, (s) => Boolean(s.submittedAt))
      )
      for (const status of STATUSES)
        expectEqual(
          `${stats._id}.${period}.${status}`,
          fields[status] ?? 0,
          count(mStates, (s) => s.status === status)
        )
      expectEqual(
        `${stats._id}.${period}.madeUp`,
        fields.madeUp ?? 0,
        count(mStates, (s) => Boolean(s.makeup?.completedAt))
      )
    }
  }
  return mismatches
}

/**
 * Runs the counting sweep (the timer a deployment runs every 10 minutes) until
 * nothing is left dirty or half-counted; how many sweeps that took. A lane
 * whose holder died stays closed until its lease runs out, so this waits up to
 * `maxMs` for that.
 */
export async function settleCounts(baseUrl: string, db: Db, maxMs = 20_000): Promise<number> {
  const _ = db.command
  const deadline = Date.now() + maxMs
  for (let sweeps = 1; ; sweeps += 1) {
    const response = await fetch(`${baseUrl}/_emulator/timers/dashboard/sweepCounts`, { method: 'POST' })
    if (!response.ok) throw new Error(`sweepCounts: HTTP ${response.status} ${await response.text()}`)
    const [dirtyNotices, dirtyMeetings, openBatches, follows] = await Promise.all([
      db.collection('noticeMembers').where({ dirty: true }).count(),
      db.collection('meetingMembers').where({ dirty: true }).count(),
      db
        .collection('countingLanes')
        .where({ batch: _.neq(null) })
        .count(),
      db
        .collection('members')
        .where({ follow: _.exists(true) })
        .count()
    ])
    if (dirtyNotices.total + dirtyMeetings.total + openBatches.total + follows.total === 0) return sweeps
    if (Date.now() > deadline)
      throw new Error(
        `still pending after ${sweeps} sweeps: ${dirtyNotices.total} notice and ${dirtyMeetings.total} meeting records, ` +
          `${openBatches.total} batches, ${follows.total} membership changes`
      )
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}
