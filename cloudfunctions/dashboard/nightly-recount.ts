import { randomBytes } from 'node:crypto'
import dayjs from 'dayjs'
import { sweepLanes } from '../_shared/data/counting'
import { attendanceUnder, noticeStatesUnder, recentMeetingCounters, recentNoticeCounters } from '../_shared/data/dashboard/recount-reads'
import { branches as allBranches } from '../_shared/data/dashboard/units-by-type'
import { LANES } from '../_shared/data/lanes'
import { repairCounter } from '../_shared/data/stats'
import { now } from '../_shared/runtime/clock'

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
      for (const field of ['present', 'late', 'leave', 'absent'] as const)
        compare('meetingUnits', branch, counter._id, field, counter[field], states.filter((s) => s.status === field).length)
      compare('meetingUnits', branch, counter._id, 'madeUp', counter.madeUp, states.filter((s) => s.makeup?.completedAt).length)
    }
  }
  for (const d of drift) {
    await repairCounter(
      d.collection,
      d.id,
      d.field,
      d.recount - d.counter,
      repairEntry(d.unit, `夜间核对：${d.id} 的 ${d.field} 由 ${d.counter} 更正为 ${d.recount}`)
    )
  }
  if (drift.length > 0)
    console.warn(
      '[recount] counters drifted and were repaired',
      JSON.stringify(drift.map(({ id, field, counter, recount }) => ({ id, field, counter, recount })))
    )
  return { checked, drift: drift.map(({ id, field, counter, recount }) => ({ id, field, counter, recount })), repaired: drift.length }
}

/** An audit entry by the system itself, in the branch's log. */
function repairEntry(unit: { _id: string; path: string }, summary: string) {
  const at = now()
  return {
    _id: `${at.getTime().toString(36)}-${randomBytes(6).toString('hex')}`,
    at,
    actorId: 'system',
    actorName: '系统（夜间核对）',
    action: 'counters.repair',
    unitId: unit._id,
    unitPath: unit.path,
    targetMemberId: null,
    summary
  }
}
