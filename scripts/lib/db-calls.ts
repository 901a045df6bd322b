import type { RunningEmulator } from '../../emulator/controller'
import { localSdk } from '../../emulator/client'
import { NEWCOMER } from '../seed/demo-org'
import { seedDemoNotice } from '../seed/demo-notice'
import { demoStudyMeeting, seedDemoMeetings } from '../seed/demo-meetings'

/**
 * Database calls per action, in its typical (steady) case, counted by the
 * emulator: the SDK requests that reach `/admin` while ONE call of the action
 * goes through the gateway and the function host, as a phone's would. Used by
 * `npm run bench` (figure `dbCallsPerAction`) and by the budget test
 * (test/integration/db-calls.test.ts).
 *
 * Expects an emulator with the demo organisation seeded and its accounts
 * registered (`seedDemoData` + `registerDemoAccounts`), the functions'
 * clock on real time, and nothing else calling it meanwhile. It adds the
 * demo notice, the demo meetings and two study meetings that are open for
 * check-in, and acts as the demo 组织部, 教工第一党支部's secretary, two of
 * its plain members and the newcomer.
 */

/** Budgets of the issue (database calls, typical case); `dashboard.view` is budgeted in documents: see DASHBOARD_EXTRA_DOCS. */
export const DB_CALL_BUDGETS: Readonly<Record<string, number>> = {
  'me.whoami': 2,
  'notices.get': 4,
  'notices.read': 4,
  'answers.submit': 5,
  'checkin.scan': 4
}

/** `dashboard.view` reads at most one document per unit shown plus this many (the caller, and one spare). */
export const DASHBOARD_EXTRA_DOCS = 2

export interface ActionCost {
  /** The key in `perAction`: the action name, with the case in brackets when it is not the typical one. */
  key: string
  fn: string
  action: string
  /** What was measured, in words. */
  case: string
  /** `database.*` requests to /admin. */
  dbCalls: number
  /** Other SDK requests to /admin (function calls, open API), if any. */
  otherSdkCalls: number
  /** Documents the emulator returned to the function (reads, incl. those inside transactions). */
  docsRead: number
  ok: boolean
  error?: string
}

export interface DbCallsReport {
  costs: ActionCost[]
  /** Action → database calls, typical case (plus a few labelled other cases). */
  perAction: Record<string, number>
  /** Action → documents read, same keys. */
  docsRead: Record<string, number>
  /** The 组织部's committee view of this year: rows shown and documents read. */
  dashboard: { unitsShown: number; docsRead: number }
}

type Reply<T> = { ok: boolean; data?: T; error?: { code: string; message: string } }

interface Actors {
  orgDepartment: string
  secretary: string
  member: string
  secondMember: string
  newcomer: string
  branchId: string
  unboundMemberId: string
}

const BRANCH = 'u-b-staff-1' // 教工第一党支部

function shanghaiDay(at = new Date()): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}

export class DbCallCounter {
  constructor(private readonly emulator: RunningEmulator) {}

  async call<T = unknown>(openId: string, fn: string, action: string, payload?: unknown): Promise<Reply<T>> {
    const response = await fetch(`${this.emulator.url}/gateway/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-openid': openId },
      body: JSON.stringify({ action, payload })
    })
    const body = (await response.json()) as { result?: Reply<T>; error?: { code: string; message: string } }
    return body.result ?? { ok: false, error: body.error ?? { code: `HTTP_${response.status}`, message: '网关没有返回 result' } }
  }

  async ok<T>(openId: string, fn: string, action: string, payload?: unknown): Promise<T> {
    const reply = await this.call<T>(openId, fn, action, payload)
    if (!reply.ok) throw new Error(`${fn} ${action}: ${reply.error?.code} ${reply.error?.message}`)
    return reply.data as T
  }

  /** Requests per SDK action so far, and documents returned so far. */
  private snapshot(): { counts: Map<string, number>; docs: number } {
    return { counts: new Map(this.emulator.actionCounts), docs: this.emulator.db.readStats.docsReturned }
  }

  /** Waits until no request has reached /admin for a moment: anything the call left running is counted with it. */
  private async settle(): Promise<void> {
    let last = -1
    for (let i = 0; i < 20; i += 1) {
      const total = [...this.emulator.actionCounts.values()].reduce((sum, n) => sum + n, 0)
      if (total === last) return
      last = total
      await new Promise((resolve) => setTimeout(resolve, 15))
    }
  }

  /** One call of `action`, and what it cost. */
  async measure<T = unknown>(
    key: string,
    openId: string,
    fn: string,
    action: string,
    payload: unknown,
    what: string
  ): Promise<{ cost: ActionCost; reply: Reply<T> }> {
    await this.settle()
    const before = this.snapshot()
    const reply = await this.call<T>(openId, fn, action, payload)
    await this.settle()
    const after = this.snapshot()
    let dbCalls = 0
    let otherSdkCalls = 0
    for (const [name, count] of after.counts) {
      const delta = count - (before.counts.get(name) ?? 0)
      if (name.startsWith('database.')) dbCalls += delta
      else otherSdkCalls += delta
    }
    const cost: ActionCost = {
      key,
      fn,
      action,
      case: what,
      dbCalls,
      otherSdkCalls,
      docsRead: after.docs - before.docs,
      ok: reply.ok,
      ...(reply.ok ? {} : { error: `${reply.error?.code} ${reply.error?.message}` })
    }
    return { cost, reply }
  }
}

/** The demo accounts the measurement acts as, found in the seeded data rather than assumed. */
async function findActors(emulator: RunningEmulator): Promise<Actors> {
  const db = localSdk(emulator.adminUrl).database()
  const { data } = await db.collection('members').where({ status: 'active' }).limit(1000).get()
  const members = data as Array<{ _id: string; openid?: string; unitId: string; roles: Array<{ role: string; unitId: string }> }>
  const holding = (role: string, unitId?: string) =>
    members.find((m) => m.openid && m.roles.some((r) => r.role === role && (unitId === undefined || r.unitId === unitId)))
  const plain = members.filter((m) => m.unitId === BRANCH && m.openid && m.roles.every((r) => r.role === 'member'))
  const unbound = members.find((m) => m.unitId === BRANCH && !m.openid)
  const orgDepartment = holding('org_department')?.openid
  const secretary = holding('branch_secretary', BRANCH)?.openid
  if (!orgDepartment || !secretary || plain.length < 2 || !unbound) throw new Error('db-calls: 没有找到演示组织（先 seedDemoData + registerDemoAccounts）')
  return {
    orgDepartment,
    secretary,
    member: plain[0].openid!,
    secondMember: plain[1].openid!,
    newcomer: NEWCOMER.openId,
    branchId: BRANCH,
    unboundMemberId: unbound._id
  }
}

/**
 * Measures every action of the fixed list below, once each, in order (the
 * order makes the cases: e.g. the second material read after the first).
 */
export async function measureDbCalls(emulator: RunningEmulator): Promise<DbCallsReport> {
  const counter = new DbCallCounter(emulator)
  const who = await findActors(emulator)
  const costs: ActionCost[] = []
  const take = async <T = unknown>(key: string, openId: string, fn: string, action: string, payload: unknown, what: string): Promise<Reply<T>> => {
    const { cost, reply } = await counter.measure<T>(key, openId, fn, action, payload, what)
    costs.push(cost)
    return reply
  }

  // The data a real week has: a published notice, the branch's monthly meetings, two meetings open for check-in now.
  const noticeId = await seedDemoNotice(emulator.url, who.orgDepartment)
  if (!noticeId || noticeId === '已存在') throw new Error('db-calls: 演示学习安排已存在，需要新的数据目录')
  await seedDemoMeetings(emulator.url, who.secretary, noticeId)
  const now = new Date()
  const meetingA = await counter.ok<{ id: string }>(who.secretary, 'meetings', 'meetings.create', {
    unitId: who.branchId,
    meeting: { ...demoStudyMeeting(now, noticeId), title: '党员大会', type: 'general_meeting' }
  })
  const meetingB = await counter.ok<{ id: string }>(who.secretary, 'meetings', 'meetings.create', {
    unitId: who.branchId,
    meeting: { ...demoStudyMeeting(now, noticeId), title: '党课', type: 'party_lecture' }
  })
  // Warm instances of every function: cold starts are the platform's, not the action's.
  const warm: Array<[string, string, unknown]> = [
    ['me', 'whoami', {}],
    ['notices', 'notices.list', { view: 'member' }],
    ['meetings', 'makeup.list', {}],
    ['dashboard', 'quotas.get', {}],
    ['org', 'units.tree', {}]
  ]
  for (const [fn, action, payload] of warm) await counter.call(who.member, fn, action, payload)

  // me
  await take('me.whoami', who.member, 'me', 'whoami', {}, 'a bound member opens the app')

  // notices: the member's 首页, the notice, two materials, the answer
  await take('notices.list', who.member, 'notices', 'notices.list', { view: 'member' }, 'member view, first page')
  const detail = await take<{ discussion: string[]; materials: unknown[] }>(
    'notices.get',
    who.member,
    'notices',
    'notices.get',
    { id: noticeId },
    'a member opens a notice'
  )
  await take(
    'notices.read (first material)',
    who.member,
    'notices',
    'notices.read',
    { id: noticeId, materialIndex: 0 },
    "the member's first read of this notice (counters move)"
  )
  await take('notices.read', who.member, 'notices', 'notices.read', { id: noticeId, materialIndex: 1 }, 'a second material of a notice already read')
  const answers = (detail.data?.discussion ?? ['']).map((_, i) => `学习体会第${i + 1}题：结合岗位实际，认真学习，扎实践行。`)
  await take('answers.submit', who.member, 'notices', 'answers.submit', { id: noticeId, answers }, 'first submission of the answers (counters move)')
  await take(
    'answers.submit (edit)',
    who.member,
    'notices',
    'answers.submit',
    { id: noticeId, answers: answers.map((a) => `${a}（修改）`) },
    'the same member edits the answers'
  )
  await take(
    'reviews.pending',
    who.secretary,
    'notices',
    'reviews.pending',
    {},
    "the branch secretary's 工作台: 讨论待批阅 over the branch's notices of the last 30 days (one count per notice)"
  )

  // meetings: the list, a meeting, the host's code, check-ins
  await take('meetings.list', who.member, 'meetings', 'meetings.list', { view: 'member' }, 'member view, upcoming')
  await take('meetings.get', who.member, 'meetings', 'meetings.get', { id: meetingA.id }, 'a member opens a meeting')
  const codeA = await take<{ token: string }>(
    'checkin.code',
    who.secretary,
    'meetings',
    'checkin.code',
    { id: meetingA.id },
    "the host's screen fetches the code"
  )
  await take(
    'checkin.scan (first event of the year)',
    who.secondMember,
    'meetings',
    'checkin.scan',
    { token: codeA.data?.token ?? '' },
    "a member's first check-in, and first event of the year (creates their year record)"
  )
  const codeB = await counter.ok<{ token: string }>(who.secretary, 'meetings', 'checkin.code', { id: meetingB.id })
  await take(
    'checkin.scan',
    who.secondMember,
    'meetings',
    'checkin.scan',
    { token: codeB.token },
    "steady state: the member's first scan of a meeting in progress, not their first event of the year"
  )
  await take('checkin.scan (again)', who.secondMember, 'meetings', 'checkin.scan', { token: codeB.token }, 'the same member scans again (already checked in)')
  await take('attendance.list', who.secretary, 'meetings', 'attendance.list', { id: meetingB.id }, "the host's live list (8 invitees)")
  await take('makeup.list', who.member, 'meetings', 'makeup.list', {}, "a member's 补学 list")

  // dashboard: the 组织部's committee view of this year
  const scope = { period: 'year', day: shanghaiDay() }
  await counter.call(who.orgDepartment, 'dashboard', 'dashboard.view', { scope })
  const view = await take<{ children: unknown[] }>(
    'dashboard.view',
    who.orgDepartment,
    'dashboard',
    'dashboard.view',
    { scope },
    "组织部's committee view of this year"
  )
  await take('dashboard.view (branch)', who.secretary, 'dashboard', 'dashboard.view', { scope }, "a secretary's branch view of this year")

  // org
  await take('units.tree', who.secretary, 'org', 'units.tree', {}, "a secretary's unit tree")
  await take('members.list', who.secretary, 'org', 'members.list', { unitId: who.branchId }, "one page of the secretary's branch")
  const invite = await take<{ code: string }>(
    'invites.create',
    who.secretary,
    'org',
    'invites.create',
    { memberId: who.unboundMemberId },
    'an invite for a member not yet bound'
  )
  await take('invites.redeem', who.newcomer, 'org', 'invites.redeem', { code: invite.data?.code ?? '' }, 'the newcomer redeems it')

  const dashboardCost = costs.find((c) => c.key === 'dashboard.view')!
  return {
    costs,
    perAction: Object.fromEntries(costs.map((c) => [c.key, c.dbCalls])),
    docsRead: Object.fromEntries(costs.map((c) => [c.key, c.docsRead])),
    dashboard: { unitsShown: 1 + (view.data?.children.length ?? 0), docsRead: dashboardCost.docsRead }
  }
}

/** The report as rows for console.table, with the budgets beside the numbers. */
export function dbCallsTable(report: DbCallsReport): Array<Record<string, string | number>> {
  return report.costs.map((c) => {
    const budget = DB_CALL_BUDGETS[c.key]
    const docBudget = c.key === 'dashboard.view' ? report.dashboard.unitsShown + DASHBOARD_EXTRA_DOCS : undefined
    const within = budget !== undefined ? c.dbCalls <= budget : docBudget !== undefined ? c.docsRead <= docBudget : undefined
    return {
      action: c.key,
      dbCalls: c.dbCalls,
      budget: budget ?? (docBudget !== undefined ? `${docBudget} docs` : ''),
      docsRead: c.docsRead,
      ...(c.otherSdkCalls ? { otherSdk: c.otherSdkCalls } : {}),
      within: within === undefined ? '' : within ? 'yes' : 'NO',
      ok: c.ok ? 'ok' : (c.error ?? 'failed')
    }
  })
}
