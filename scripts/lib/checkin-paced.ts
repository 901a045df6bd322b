import type { CheckinCode, MeetingCounters, MeetingDetail, MeetingSummary } from '../../cloudfunctions/_shared/contract/meetings-api'
import type { RunningEmulator } from '../../emulator/controller'
import type { localSdk } from '../../emulator/client'

/**
 * Check-ins arriving over a minute instead of all at once, as a hall of
 * members does: `npm run bench` figure `checkinPaced`. Meant to follow the
 * crowd of scripts/lib/checkin-crowd.ts on the same emulator, so the members
 * are in the steady state (their year's record exists) and the functions'
 * clock is still frozen inside the crowd meeting's check-in window.
 */
type Db = ReturnType<ReturnType<typeof localSdk>['database']>

export interface PacedRound {
  arrivals: number
  overSeconds: number
  ok: number
  recorded: number
  counter: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Database calls per check-in, averaged over the run (retries of conflicts included). */
  dbCallsPerScan: number
}

async function gateway<T>(
  url: string,
  openId: string,
  action: string,
  payload: unknown
): Promise<{ ok: boolean; data?: T; error?: { code: string; message: string } }> {
  const response = await fetch(`${url}/gateway/functions/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-demo-openid': openId },
    body: JSON.stringify({ action, payload })
  })
  return ((await response.json()) as { result: { ok: boolean; data?: T; error?: { code: string; message: string } } }).result
}

async function ok<T>(url: string, openId: string, action: string, payload: unknown): Promise<T> {
  const reply = await gateway<T>(url, openId, action, payload)
  if (!reply.ok || reply.data === undefined) throw new Error(`${action}: ${reply.error?.code} ${reply.error?.message}`)
  return reply.data
}

/** A second meeting for the same unit at the same time as `after` (another type, so not a duplicate), with its current code. */
export async function nextMeeting(url: string, orgDepartment: string, after: string): Promise<{ id: string; token: string }> {
  const previous = await ok<MeetingDetail>(url, orgDepartment, 'meetings.get', { id: after })
  const meeting = {
    type: 'collective_study',
    title: '集体学习',
    startAt: previous.startAt,
    endAt: previous.endAt,
    place: previous.place,
    form: previous.form,
    agenda: [],
    materials: []
  }
  const created = await ok<MeetingSummary>(url, orgDepartment, 'meetings.create', { unitId: previous.unitId, meeting })
  const code = await ok<CheckinCode>(url, orgDepartment, 'checkin.code', { id: created.id })
  return { id: created.id, token: code.token }
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const round1 = (n: number): number => Math.round(n * 10) / 10

/** Each member scans once, arrivals evenly spread over `overMs` (each starts on its slot, whether or not earlier ones are done). */
export async function checkInPaced(
  emulator: RunningEmulator,
  db: Db,
  meeting: { id: string; token: string },
  openIds: string[],
  overMs: number,
  orgDepartment: string
): Promise<PacedRound> {
  const gap = overMs / openIds.length
  const countsBefore = new Map(emulator.actionCounts)
  const started = Date.now()
  const latencies: number[] = []
  const results = await Promise.all(
    openIds.map(async (openId, i) => {
      const wait = started + i * gap - Date.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      const at = process.hrtime.bigint()
      const result = await gateway<{ already: boolean }>(emulator.url, openId, 'checkin.scan', { token: meeting.token })
      latencies.push(Number(process.hrtime.bigint() - at) / 1e6)
      return result
    })
  )
  const dbCalls = [...emulator.actionCounts]
    .filter(([action]) => action.startsWith('database.'))
    .reduce((sum, [action, count]) => sum + count - (countsBefore.get(action) ?? 0), 0)
  latencies.sort((a, b) => a - b)
  const _ = db.command
  const { total: recorded } = await db
    .collection('meetingMembers')
    .where({ meetingId: meeting.id, status: _.in(['present', 'late']) })
    .count()
  const list = await gateway<{ counters: MeetingCounters }>(emulator.url, orgDepartment, 'attendance.list', { id: meeting.id })
  return {
    arrivals: openIds.length,
    overSeconds: overMs / 1000,
    ok: results.filter((r) => r.ok).length,
    recorded,
    counter: list.data?.counters.present ?? -1,
    p50Ms: round1(percentile(latencies, 50)),
    p95Ms: round1(percentile(latencies, 95)),
    maxMs: round1(latencies[latencies.length - 1]),
    dbCallsPerScan: round1(dbCalls / openIds.length)
  }
}
