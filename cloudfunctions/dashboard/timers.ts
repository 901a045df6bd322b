import { randomBytes } from 'node:crypto'
import { sweepLanes } from '../_shared/data/counting'
import { LANES } from '../_shared/data/lanes'
import { followPending } from '../_shared/data/membership-follow'
import dayjs from 'dayjs'
import { attendedOf, percent } from '../_shared/contract/dashboard-rules'
import { attendanceUnder, noticeStatesUnder, recentMeetingCounters, recentNoticeCounters } from '../_shared/data/dashboard/recount-reads'
import { claimReminder } from '../_shared/data/dashboard/reminders'
import { unitBucket } from '../_shared/data/dashboard/unit-bucket'
import { branches as allBranches, committees as allCommittees } from '../_shared/data/dashboard/units-by-type'
import { activeMembersWithRole } from '../_shared/data/member-by-role'
import { repairCounter } from '../_shared/data/stats'
import { digestMessage, quotaMessage } from '../_shared/domain/dashboard/message'
import { periodKeys, periodLabel } from '../_shared/domain/dashboard/periods'
import { missingSummary } from '../_shared/domain/dashboard/quotas'
import { TZ } from '../_shared/domain/calendar'
import { sendWithConsent } from '../_shared/messaging/send-with-consent'
import { now } from '../_shared/runtime/clock'
import { branchQuotas, settingsFor } from './quotas'

/** Claims a reminder once, at this moment (data/dashboard/reminders.ts). */
const claim = (id: string, fields: Record<string, unknown>): Promise<boolean> => claimReminder(id, fields, now())

/** Every minute: counts what a crash left dirty or half-counted (data/counting.ts), after following membership moves. */
export async function sweepCounts(): Promise<{ followed: number; lanes: number; counted: number }> {
  return { followed: await followPending(), ...(await sweepLanes(LANES)) }
}

/**
 * Monthly: each branch behind on a yearly requirement gets one message to
 * its secretary naming what is missing (one per branch per month, whatever
 * the number of runs). A branch that caught up gets nothing.
 */
export async function monthlyQuotaReminders(): Promise<{ branches: number; behind: number; reminded: number }> {
  const at = now()
  const local = dayjs(at).tz(TZ)
  const month = local.format('YYYY-MM')
  const committees = await allCommittees()
  let branches = 0
  let behind = 0
  let reminded = 0
  for (const committee of committees) {
    const quotas = await branchQuotas(committee, local.year(), await settingsFor(committee.path))
    branches += quotas.length
    for (const branch of quotas.filter((b) => b.behind.length > 0)) {
      behind += 1
      const missing = missingSummary(branch.items)
      if (!(await claim(`${branch.unitId}:M${month}`, { kind: 'quota', unitId: branch.unitId, missing }))) continue
      for (const secretary of await activeMembersWithRole('branch_secretary', branch.unitId, 5)) {
        if (await sendWithConsent({ memberId: secretary._id, openId: secretary.openid }, (openId) => quotaMessage({ openId, unitId: branch.unitId, unitName: branch.unitName, missing, month: `${local.month() + 1}月` }))) reminded += 1
      }
    }
  }
  return { branches, behind, reminded }
}

/** Weekly: one digest per 组织部 member of last week's numbers for their committee (one per week). */
export async function weeklyDigest(): Promise<{ sent: number }> {
  const lastWeek = periodKeys(dayjs(now()).subtract(7, 'day').toDate()).week
  let sent = 0
  for (const staff of await activeMembersWithRole('org_department', null, 100)) {
    const grant = staff.roles.find((r) => r.role === 'org_department')
    if (!grant || !(await claim(`${staff._id}:${lastWeek}`, { kind: 'digest', memberId: staff._id }))) continue
    const bucket = await unitBucket(grant.unitId, lastWeek)
    const read = bucket ? percent(bucket.noticeRead, bucket.noticeAssigned) : null
    const attended = bucket ? percent(attendedOf(bucket), bucket.meetingInvited) : null
    const shown = (rate: number | null): string => (rate === null ? '—' : `${rate}%`)
    const summary = `已读${shown(read)} 出席${shown(attended)}`
    if (await sendWithConsent({ memberId: staff._id, openId: staff.openid }, (openId) => digestMessage({ openId, unitId: grant.unitId, week: periodLabel(lastWeek), summary }))) sent += 1
  }
  return { sent }
}

const SAMPLE_UNITS = 5
const RECENT_DAYS = 45

type Drift = { id: string; field: string; counter: number; recount: number }

/**
 * Nightly: counts what is pending, then recounts a sample of branches from the
 * raw records (reads, answers, attendance of the last weeks). A counter that
 * differs is set to the recount, with an audit entry saying so: lanes count
 * exactly once, so drift means something outside the product touched the
 * data. Cost is bounded by the sample, not the history.
 */
export async function nightlyRecount(): Promise<{ checked: number; drift: Drift[]; repaired: number }> {
  await sweepLanes(LANES)
  const since = dayjs(now()).subtract(RECENT_DAYS, 'day').toDate()
  const branches = await allBranches()
  const sample = branches.sort(() => Math.random() - 0.5).slice(0, SAMPLE_UNITS)
  const drift: Array<Drift & { collection: string; unit: { _id: string; path: string } }> = []
  let checked = 0
  const compare = (collection: string, unit: { _id: string; path: string }, id: string, field: string, counter: number, recount: number): void => {
    checked += 1
    if (counter !== recount) drift.push({ collection, unit, id, field, counter, recount })
  }
  for (const branch of sample) {
    for (const counter of await recentNoticeCounters(branch._id, since)) {
      const states = await noticeStatesUnder(counter.noticeId, branch.path)
      compare('noticeUnits', branch, counter._id, 'read', counter.read, states.filter((s) => s.readAt).length)
      compare('noticeUnits', branch, counter._id, 'answered', counter.answered, states.filter((s) => s.submittedAt).length)
    }
    for (const counter of await recentMeetingCounters(branch._id, since)) {
      const states = await attendanceUnder(counter.meetingId, branch.path)
      for (const field of ['present', 'late', 'leave', 'absent'] as const) compare('meetingUnits', branch, counter._id, field, counter[field], states.filter((s) => s.status === field).length)
      compare('meetingUnits', branch, counter._id, 'madeUp', counter.madeUp, states.filter((s) => s.makeup?.completedAt).length)
    }
  }
  for (const d of drift) {
    await repairCounter(d.collection, d.id, d.field, d.recount - d.counter, repairEntry(d.unit, `夜间核对：${d.id} 的 ${d.field} 由 ${d.counter} 更正为 ${d.recount}`))
  }
  if (drift.length > 0) console.warn('[recount] counters drifted and were repaired', JSON.stringify(drift.map(({ id, field, counter, recount }) => ({ id, field, counter, recount }))))
  return { checked, drift: drift.map(({ id, field, counter, recount }) => ({ id, field, counter, recount })), repaired: drift.length }
}

/** An audit entry by the system itself, in the branch's log. */
function repairEntry(unit: { _id: string; path: string }, summary: string) {
  const at = now()
  return { _id: `${at.getTime().toString(36)}-${randomBytes(6).toString('hex')}`, at, actorId: 'system', actorName: '系统（夜间核对）', action: 'counters.repair', unitId: unit._id, unitPath: unit.path, targetMemberId: null, summary }
}
