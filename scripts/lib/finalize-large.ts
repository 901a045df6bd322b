import type { CheckinCode, MeetingSummary } from '../../cloudfunctions/_shared/contract/meetings-api'
import type { Result } from '../../cloudfunctions/_shared/contract/envelope'
import { newMemberDoc } from '../../cloudfunctions/org/member-doc'
import type { localSdk } from '../../emulator/client'
import { people } from '../../test/support/people'

/**
 * A meeting of thousands made final through the function, as the test and
 * `npm run bench` (finalize5000Ms) do it: a very large branch written straight
 * into the database, a meeting for it, three scans, then the minutes after
 * the end and the sweep until nothing is left to count.
 */
type Db = ReturnType<ReturnType<typeof localSdk>['database']>

export const LARGE_BRANCH = 'u-b-staff-1'
export const LARGE_BRANCH_PATH = '/u-committee/u-gb-staff/u-b-staff-1/'
const START = '2026-12-08T07:00:00.000Z'
/** The large branch's own 支部书记 and three of its people who scan, named by role (test/support/people.ts), not by seed order. */
const SECRETARY = people.staff1Secretary.openId
const SCANNERS = [people.staff1Organizer, people.staff1GroupMember, people.staff1MobileMember].map((p) => p.openId)

async function call<T>(url: string, openId: string, action: string, payload: unknown): Promise<Result<T> | null> {
  try {
    const response = await fetch(`${url}/gateway/functions/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-openid': openId },
      body: JSON.stringify({ action, payload })
    })
    return ((await response.json()) as { result?: Result<T> }).result ?? null
  } catch {
    return null
  }
}

const clock = (url: string, iso: string | null) =>
  fetch(`${url}/_emulator/clock`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: iso }) })
const minutesAfterStart = (minutes: number): string => new Date(Date.parse(START) + minutes * 60_000).toISOString()

/** `count` more members in the demo's 教工第一党支部 (the demo seed must have run; the member-id secret must be in this process). */
export async function addLargeBranch(db: Db, count: number): Promise<void> {
  const at = new Date()
  const members = Array.from({ length: count }, (_unused, i) =>
    newMemberDoc(
      {
        name: `党员${i}`,
        phone: `15${String(i).padStart(9, '0')}`,
        type: '正式党员',
        category: '在职',
        branch: { id: LARGE_BRANCH, path: LARGE_BRANCH_PATH },
        groupId: null
      },
      at
    )
  )
  for (let i = 0; i < members.length; i += 500) await db.collection('members').add(members.slice(i, i + 500))
  await db
    .collection('units')
    .doc(LARGE_BRANCH)
    .update({ memberCount: db.command.inc(count) })
}

/** Plans the meeting, lets three demo members scan, and returns its id. */
export async function plannedLargeMeeting(url: string): Promise<string> {
  await clock(url, '2026-12-07T02:00:00Z')
  const created = await call<MeetingSummary>(url, SECRETARY, 'meetings.create', {
    unitId: LARGE_BRANCH,
    meeting: {
      type: 'general_meeting',
      title: '党员大会',
      startAt: START,
      endAt: minutesAfterStart(120),
      place: '报告厅',
      form: '线下',
      agenda: ['学习有关精神'],
      materials: []
    }
  })
  if (!created?.ok) throw new Error(`meetings.create: ${created ? created.error.message : 'no answer'}`)
  await clock(url, minutesAfterStart(-5))
  const code = await call<CheckinCode>(url, SECRETARY, 'checkin.code', { id: created.data.id })
  if (!code?.ok) throw new Error('checkin.code failed')
  for (const openId of SCANNERS) await call(url, openId, 'checkin.scan', { token: code.data.token })
  return created.data.id
}

/**
 * Saves the minutes after the end (once more if a call did not finish: its
 * configured timeout is unchanged), then runs the sweep until every record is
 * counted. Resolves with how the work was split.
 */
export async function finalizeLargeMeeting(url: string, id: string, settle: () => Promise<number>): Promise<{ calls: number; sweeps: number; ms: number }> {
  const started = Date.now()
  await clock(url, minutesAfterStart(150))
  let calls = 0
  for (; calls < 3;) {
    calls += 1
    const saved = await call<{ recorded: boolean }>(url, SECRETARY, 'minutes.save', { id, content: '传达学习有关精神，讨论本支部工作。', resolutions: [] })
    if (saved?.ok) break
  }
  const sweeps = await settle()
  return { calls, sweeps, ms: Date.now() - started }
}
