import { spawn } from 'node:child_process'
import path from 'node:path'
import type { CheckinCode, MeetingCounters, MeetingSummary } from '../../cloudfunctions/_shared/contract/meetings-api'
import type { localSdk } from '../../emulator/client'

/**
 * Many members checking in at once, through the gateway and the function
 * host as phones would: used by the concurrency test and `npm run bench`.
 * Expects the demo organisation; adds a branch of `count` bound members under
 * 教工党总支, a meeting for it, and the functions' clock inside its window.
 */
type Db = ReturnType<ReturnType<typeof localSdk>['database']>

export interface CrowdRound {
  concurrent: number
  ok: number
  already: number
  recorded: number
  doubled: number
  counter: number
  p50Ms: number
  p95Ms: number
}

const BRANCH = 'u-b-crowd'
const START = '2026-12-11T07:00:00.000Z'

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

export async function addCrowdBranch(db: Db, count: number): Promise<string[]> {
  const at = new Date()
  const path = `/u-committee/u-gb-staff/${BRANCH}/`
  await db.collection('units').add({
    _id: BRANCH,
    name: '签到压力测试党支部',
    type: 'branch',
    parentId: 'u-gb-staff',
    path,
    directlyAttached: false,
    memberCount: count,
    status: 'active',
    createdAt: at
  })
  const openIds = Array.from({ length: count }, (_, i) => `crowd-openid-${i}`)
  const members = openIds.map((openid, i) => ({
    _id: `crowd-${i}`,
    name: `党员${String(i).padStart(3, '0')}`,
    openid,
    unitId: BRANCH,
    unitPath: path,
    groupId: null,
    phone: '',
    type: '正式党员',
    category: '在职',
    status: 'active',
    roles: [{ role: 'member', unitId: BRANCH, unitPath: path }],
    activityUnitId: null,
    createdAt: at,
    updatedAt: at
  }))
  for (let i = 0; i < members.length; i += 500) await db.collection('members').add(members.slice(i, i + 500))
  return openIds
}

/** Creates the meeting (as the 组织部) and returns a fresh code, with the clock 10 minutes before the start. */
export async function crowdMeeting(url: string, orgDepartment: string): Promise<{ id: string; token: () => Promise<string> }> {
  const clock = (iso: string) =>
    fetch(`${url}/_emulator/clock`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: iso }) })
  await clock('2026-12-01T02:00:00.000Z')
  const meeting = {
    type: 'theme_day',
    title: '12月主题党日',
    startAt: START,
    endAt: '2026-12-11T09:00:00.000Z',
    place: '报告厅',
    form: '线下',
    agenda: [],
    materials: []
  }
  const created = await gateway<MeetingSummary>(url, orgDepartment, 'meetings.create', { unitId: BRANCH, meeting })
  if (!created.ok || !created.data) throw new Error(`meetings.create: ${created.error?.message}`)
  await clock('2026-12-11T06:50:00.000Z')
  const id = created.data.id
  return {
    id,
    token: async () => {
      const code = await gateway<CheckinCode>(url, orgDepartment, 'checkin.code', { id })
      if (!code.ok || !code.data) throw new Error(`checkin.code: ${code.error?.message}`)
      return code.data.token
    }
  }
}

/** Starts the function host's workers (cold starts are a platform matter, not the check-in's): a harmless read per member. */
export async function warmWorkers(url: string, openIds: string[]): Promise<void> {
  await Promise.all(openIds.map((openId) => gateway(url, openId, 'makeup.list', {})))
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

type ScanResult = { ok: boolean; data?: { already: boolean }; error?: { code: string; message: string } }

/** The burst sent from another process (crowd-client.ts): the phones are not on the server. */
async function scanFromOutside(url: string, token: string, openIds: string[]): Promise<{ latencies: number[]; results: ScanResult[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'crowd-client.ts')], { stdio: ['pipe', 'pipe', 'inherit'] })
  child.stdin.end(JSON.stringify({ url, token, openIds }))
  let out = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`crowd-client exited with ${code}`)
  return JSON.parse(out) as { latencies: number[]; results: ScanResult[] }
}

/** Every member scans at once (from a separate process); then the records and the branch's counter are read back. */
export async function checkInAll(url: string, db: Db, meeting: { id: string; token: string }, openIds: string[], orgDepartment: string): Promise<CrowdRound> {
  const { latencies, results } = await scanFromOutside(url, meeting.token, openIds)
  latencies.sort((a, b) => a - b)
  const _ = db.command
  const { total: records } = await db.collection('meetingMembers').where({ meetingId: meeting.id }).count()
  const { total: recorded } = await db
    .collection('meetingMembers')
    .where({ meetingId: meeting.id, status: _.in(['present', 'late']) })
    .count()
  const list = await gateway<{ counters: MeetingCounters }>(url, orgDepartment, 'attendance.list', { id: meeting.id })
  return {
    concurrent: openIds.length,
    ok: results.filter((r) => r.ok).length,
    already: results.filter((r) => r.data?.already).length,
    recorded,
    doubled: records - new Set(openIds).size,
    counter: list.data?.counters.present ?? -1,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p95Ms: Math.round(percentile(latencies, 95) * 10) / 10
  }
}
