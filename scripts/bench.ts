import { Workbook } from 'exceljs'
import { existsSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/controller'
import { localSdk } from '../emulator/client'
import { COLLECTIONS } from '../cloudfunctions/_shared/data/collections'
import { ROOT } from '../emulator/core/constants'
import { buildFunctions, functionBundleBytes } from './build-functions'
import { dbCallsTable, measureDbCalls, type DbCallsReport } from './lib/db-calls'
import { consoleFirstLoadKB, consoleSession } from './lib/console-bench'
import { buildWeapp, step } from './lib/run'
import { mainPackageBytes } from './lib/package-size'
import { adoptFunctionSecrets, registerDemoAccounts, seedDemoData } from './seed/seed'
import { SECRET_NAMES } from '../cloudfunctions/_shared/runtime/secrets'
import { mkdtempSync, rmSync } from 'node:fs'

/**
 * `npm run bench`: figures measured in one run on this machine, written to
 * bench-results.json. Latencies are for comparison between runs on the same
 * machine; counts (database calls per request, bytes) do not drift.
 */
interface Figure {
  name: string
  /** A number, a yes/no, or a small record of numbers (e.g. publish: branches, members, dbCalls, ms). */
  value: number | boolean | Record<string, number>
  unit: string
  note: string
}

/** An emulator on a scratch folder, with generated function secrets that the seed in this process shares. */
async function startBenchEmulator(dataDir: string): ReturnType<typeof startEmulator> {
  const emulator = await startEmulator({ port: 0, dataDir, collections: COLLECTIONS, secretNames: SECRET_NAMES, timers: false })
  adoptFunctionSecrets(emulator.secrets)
  return emulator
}

/** Figures that could not be measured in this run: listed in bench-results.json (`failed`), and the run exits 1 after writing the rest. */
const failures: Array<{ figure: string; error: string }> = []

async function attempt(figure: string, work: () => Promise<Figure[]>): Promise<Figure[]> {
  try {
    return await work()
  } catch (error) {
    failures.push({ figure, error: (error as Error)?.message ?? String(error) })
    console.error(`✗ ${figure}：`, error)
    return []
  }
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const round = (n: number): number => Math.round(n * 100) / 100

async function timed(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < times; i += 1) {
    const started = process.hrtime.bigint()
    await work()
    samples.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return samples.sort((a, b) => a - b)
}

/**
 * Publishing one notice to a large tree: 1 党委, 40 党总支, 400 党支部 and
 * 20,000 members. Publishing reads units, not members, so its database calls
 * should not grow with the members.
 */
/** The large tree's one 组织部, who publishes (its own member, not one of the demo's). */
const BENCH_NOTICE_DEPARTMENT = 'bench-dept'

async function publishFigures(): Promise<Figure[]> {
  const { sampleDraft } = await import('../test/support/notices')
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'party-study-bench-publish-'))
  const emulator = await startBenchEmulator(dataDir)
  try {
    const db = localSdk(emulator.adminUrl).database()
    const { ensureCollections } = await import('./seed/seed')
    await ensureCollections(db)
    const at = new Date()
    const units: Array<Record<string, unknown>> = [
      { _id: 'c', name: '党委', type: 'committee', parentId: null, path: '/c/', directlyAttached: false, memberCount: 1, status: 'active', createdAt: at }
    ]
    const members: Array<Record<string, unknown>> = [
      {
        _id: 'dept',
        name: '组织部',
        openid: BENCH_NOTICE_DEPARTMENT,
        unitId: 'c',
        unitPath: '/c/',
        groupId: null,
        phone: '13000000000',
        type: '正式党员',
        category: '在职',
        status: 'active',
        roles: [{ role: 'org_department', unitId: 'c', unitPath: '/c/' }],
        activityUnitId: null,
        createdAt: at,
        updatedAt: at
      }
    ]
    for (let g = 0; g < 40; g += 1) {
      units.push({
        _id: `g${g}`,
        name: `第${g + 1}党总支`,
        type: 'general_branch',
        parentId: 'c',
        path: `/c/g${g}/`,
        directlyAttached: false,
        memberCount: 0,
        status: 'active',
        createdAt: at
      })
      for (let b = 0; b < 10; b += 1) {
        const id = `b${g}-${b}`
        const unitPath = `/c/g${g}/${id}/`
        units.push({
          _id: id,
          name: `第${g + 1}-${b + 1}党支部`,
          type: 'branch',
          parentId: `g${g}`,
          path: unitPath,
          directlyAttached: false,
          memberCount: 50,
          status: 'active',
          createdAt: at
        })
        for (let m = 0; m < 50; m += 1)
          members.push({
            _id: `m${g}-${b}-${m}`,
            name: `党员${m}`,
            unitId: id,
            unitPath,
            groupId: null,
            phone: '',
            type: '正式党员',
            category: '在职',
            status: 'active',
            roles: [{ role: 'member', unitId: id, unitPath }],
            activityUnitId: null,
            createdAt: at,
            updatedAt: at
          })
      }
    }
    for (let i = 0; i < units.length; i += 500) await db.collection('units').add(units.slice(i, i + 500))
    for (let i = 0; i < members.length; i += 1000) await db.collection('members').add(members.slice(i, i + 1000))
    const call = (action: string, payload: unknown) =>
      fetch(`${emulator.url}/gateway/functions/notices`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-openid': BENCH_NOTICE_DEPARTMENT },
        body: JSON.stringify({ action, payload })
      }).then((r) => r.json() as Promise<{ result: { ok: boolean; data: { id: string; branches: number; assigned: number } } }>)
    const draft = await call('notices.saveDraft', { draft: sampleDraft(1) })
    const counted = new Map(emulator.actionCounts)
    const started = process.hrtime.bigint()
    const published = await call('notices.publish', { id: draft.result.data.id })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const dbCalls = [...emulator.actionCounts]
      .filter(([action]) => action.startsWith('database.'))
      .reduce((sum, [action, count]) => sum + count - (counted.get(action) ?? 0), 0)
    const result = { branches: published.result.data.branches, members: published.result.data.assigned, dbCalls, ms: round(ms) }
    return [{ name: 'publish', value: result, unit: '', note: 'one notice to 400 branches / 20,000 members; no per-member writes' }]
  } finally {
    await emulator.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * 300 members scanning one check-in code at once, through the gateway and
 * the function host (each scan: caller, token, meeting, a transaction on the
 * member's own record, then atomic increments up the tree). Then the same
 * 300 check in to a second meeting arriving evenly over 60 s, as a hall
 * fills (`checkinPaced`): by then their year's records exist (steady state).
 * `dbCallsSteady` is one steady-state scan on the demo data (scripts/lib/db-calls.ts).
 */
async function checkinFigures(dbCallsSteady: number | undefined): Promise<Figure[]> {
  const { addCrowdBranch, checkInAll, crowdMeeting, warmWorkers } = await import('./lib/checkin-crowd')
  const { checkInPaced, nextMeeting } = await import('./lib/checkin-paced')
  const { people } = await import('../test/support/people')
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'party-study-bench-checkin-'))
  const emulator = await startBenchEmulator(dataDir)
  try {
    const db = localSdk(emulator.adminUrl).database()
    await seedDemoData(db)
    const openIds = await addCrowdBranch(db, 300)
    const meeting = await crowdMeeting(emulator.url, people.orgDepartment.openId)
    await warmWorkers(emulator.url, openIds.slice(0, 64))
    const crowd = await attempt('checkin', async () => {
      const { concurrent, recorded, doubled, counter, p50Ms, p95Ms } = await checkInAll(
        emulator.url,
        db,
        { id: meeting.id, token: await meeting.token() },
        openIds,
        people.orgDepartment.openId
      )
      const value = { concurrent, recorded, doubled, counter, p50Ms, p95Ms, ...(dbCallsSteady === undefined ? {} : { dbCallsSteady }) }
      return [
        {
          name: 'checkin',
          value,
          unit: '',
          note: '300 concurrent checkin.scan through the function host (up to twice the cores in instances, warmed first; the rest queue); latency per scan incl. queueing; dbCallsSteady: one steady-state scan (dbCallsPerAction)'
        }
      ]
    })
    const paced = await attempt('checkinPaced', async () => {
      const second = await nextMeeting(emulator.url, people.orgDepartment.openId, meeting.id)
      const round = await checkInPaced(emulator, db, second, openIds, 60_000, people.orgDepartment.openId)
      return [
        {
          name: 'checkinPaced',
          value: { ...round },
          unit: '',
          note: `${round.arrivals} checkin.scan of a second meeting arriving evenly over ${round.overSeconds} s (steady state); dbCallsPerScan averaged over the run`
        }
      ]
    })
    return [...crowd, ...paced]
  } finally {
    await emulator.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** A meeting of 5,000 invitees made final through the function (timeout unchanged), counted by the sweep. */
async function finalizeFigure(): Promise<Figure> {
  const { addLargeBranch, finalizeLargeMeeting, plannedLargeMeeting } = await import('./lib/finalize-large')
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'party-study-bench-finalize-'))
  const emulator = await startBenchEmulator(dataDir)
  try {
    const db = localSdk(emulator.adminUrl).database()
    await seedDemoData(db)
    await addLargeBranch(db, 5_000)
    const id = await plannedLargeMeeting(emulator.url)
    const sweep = async (): Promise<number> => {
      for (let sweeps = 1; sweeps <= 20; sweeps += 1) {
        await fetch(`${emulator.url}/_emulator/timers/dashboard/sweepCounts`, { method: 'POST' })
        const { total } = await db.collection('meetingMembers').where({ dirty: true }).count()
        if (total === 0) return sweeps
      }
      throw new Error('5,000 absences still uncounted after 20 sweeps')
    }
    const run = await finalizeLargeMeeting(emulator.url, id, sweep)
    return {
      name: 'finalize5000Ms',
      value: run.ms,
      unit: 'ms',
      note: `5,006 invitees: minutes.save ${run.calls}× (20 s timeout) + ${run.sweeps} sweep(s) until every absence is counted`
    }
  } finally {
    await emulator.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * The 组织部's committee view of a year on a synthetic committee (1 党委,
 * 40 党总支, 400 党支部, 20,000 members, 52 weekly notices, a monthly 主题党日
 * per branch, ~1M raw records), against a naive implementation that
 * aggregates the raw records (kept here only), on the same data in the same run.
 */
export async function dashboardFigures(): Promise<Figure[]> {
  const { syntheticYear, BENCH_YEAR, BENCH_DEPARTMENT } = await import('./lib/synthetic-year')
  const year = syntheticYear()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'party-study-bench-dashboard-'))
  const emulator = await startBenchEmulator(dataDir)
  try {
    emulator.db.state.load({ collections: year.collections })
    // The year holds only the collections it fills; the functions expect every declared one (e.g. countingLanes).
    const { ensureCollections } = await import('./seed/seed')
    await ensureCollections(localSdk(emulator.adminUrl).database())
    const scope = { period: 'year', day: `${BENCH_YEAR}-06-15` }
    const view = async (): Promise<{ unit: { noticeRead: number; present: number }; children: unknown[] }> => {
      const response = await fetch(`${emulator.url}/gateway/functions/dashboard`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-openid': BENCH_DEPARTMENT },
        body: JSON.stringify({ action: 'dashboard.view', payload: { scope } })
      })
      const body = (await response.json()) as {
        result: { ok: boolean; data: { unit: { noticeRead: number; present: number }; children: unknown[] }; error?: { message: string } }
      }
      if (!body.result.ok) throw new Error(`dashboard.view: ${body.result.error?.message}`)
      return body.result.data
    }
    await timed(5, view)
    const calls = new Map(emulator.actionCounts)
    const docsBefore = emulator.db.readStats.docsReturned
    const shown = await view()
    const docsRead = emulator.db.readStats.docsReturned - docsBefore
    const dbCalls = [...emulator.actionCounts]
      .filter(([action]) => action.startsWith('database.'))
      .reduce((sum, [action, count]) => sum + count - (calls.get(action) ?? 0), 0)
    const latencies = await timed(50, view)
    // The same view as the PC console calls it: the web SDK's callFunction with the bearer token of a scan sign-in.
    const consoleCall = await consoleSession(emulator.url, BENCH_DEPARTMENT)
    const consoleView = () => consoleCall('dashboard', 'dashboard.view', { scope })
    await timed(5, consoleView)
    const consoleLatencies = await timed(50, consoleView)

    // The naive way: aggregate every raw read, answer and attendance of the year, by branch, then roll up.
    const db = localSdk(emulator.adminUrl).database()
    const _ = db.command
    const $ = db.command.aggregate
    const from = new Date(`${BENCH_YEAR - 1}-12-31T16:00:00Z`)
    const to = new Date(`${BENCH_YEAR}-12-31T16:00:00Z`)
    const scan = async (): Promise<{ noticeRead: number; present: number }> => {
      const [reads, attendance, members] = await Promise.all([
        db
          .collection('noticeMembers')
          .aggregate()
          .match({ readAt: _.gte(from).and(_.lt(to)) })
          .group({
            _id: $.arrayElemAt([$.split(['$unitPath', '/']), 2]),
            read: $.sum(1),
            answered: $.sum($.cond({ if: $.eq(['$submittedAt', null]), then: 0, else: 1 }))
          })
          .limit(1000)
          .end(),
        db
          .collection('meetingMembers')
          .aggregate()
          .match({ startAt: _.gte(from).and(_.lt(to)) })
          .group({ _id: { unit: $.arrayElemAt([$.split(['$unitPath', '/']), 2]), status: '$status' }, n: $.sum(1) })
          .limit(1000)
          .end(),
        db
          .collection('members')
          .aggregate()
          .match({ status: 'active' })
          .group({ _id: $.arrayElemAt([$.split(['$unitPath', '/']), 2]), n: $.sum(1) })
          .limit(1000)
          .end()
      ])
      const rows = reads.data as Array<{ read: number }>
      const present = (attendance.data as Array<{ _id: { status: string }; n: number }>)
        .filter((r) => r._id.status === 'present')
        .reduce((sum, r) => sum + r.n, 0)
      if (members.data.length === 0) throw new Error('scan: no members')
      return { noticeRead: rows.reduce((sum, r) => sum + r.read, 0), present }
    }
    const examinedBefore = emulator.db.readStats.docsExamined
    const scanned = await scan()
    const scanDocsRead = emulator.db.readStats.docsExamined - examinedBefore
    const scanTimes = await timed(3, scan)
    const agrees = scanned.noticeRead === shown.unit.noticeRead && scanned.present === shown.unit.present
    const unitsShown = 1 + shown.children.length
    const value = {
      members: year.members,
      branches: year.branches,
      unitsShown,
      docsRead,
      dbCalls,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      scanDocsRead,
      scanP50Ms: round(percentile(scanTimes, 50))
    }
    return [
      {
        name: 'dashboard',
        value,
        unit: '',
        note: `committee view of ${BENCH_YEAR} over ${year.rawRecords} raw records; docsRead incl. the caller; scan = naive aggregation of raw records`
      },
      {
        name: 'consoleDashboardMs',
        value: round(percentile(consoleLatencies, 95)),
        unit: 'ms',
        note: `p95 of 50 dashboard.view calls from the console's path (js-sdk callFunction, bearer token of a scan sign-in), ${year.branches} branches`
      },
      {
        name: 'dashboardAgreesWithScan',
        value: agrees,
        unit: '',
        note: `committee totals: read ${shown.unit.noticeRead} vs ${scanned.noticeRead}, present ${shown.unit.present} vs ${scanned.present}`
      }
    ]
  } finally {
    await emulator.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Parsing a 2000-row member spreadsheet (the import limit), in this process. */
async function importParseFigure(): Promise<Figure> {
  const { parseImportFile } = await import('../cloudfunctions/_shared/domain/org/import')
  const workbook = new Workbook()
  const sheet = workbook.addWorksheet('党员名单')
  sheet.addRow(['姓名', '手机号', '所在支部', '党小组', '党员类型', '人员类别'])
  for (let i = 0; i < 2000; i += 1)
    sheet.addRow([
      `党员${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉'[Math.floor(i / 10) % 10]}`,
      `139${String(i).padStart(8, '0')}`,
      '第一党支部',
      null,
      '正式党员',
      '在职'
    ])
  const file = Buffer.from(await workbook.xlsx.writeBuffer())
  const scope = { units: [{ id: 'u1', name: '第一党支部', groups: [] }] }
  await parseImportFile(file, scope)
  const started = process.hrtime.bigint()
  const preview = await parseImportFile(file, scope)
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  return { name: 'importParse2000RowsMs', value: round(ms), unit: 'ms', note: `2000-row .xlsx (${file.length} bytes), ${preview.validRows.length} valid rows` }
}

async function main(): Promise<void> {
  const figures: Figure[] = []
  await step('构建云函数', () => buildFunctions())
  const bundles = functionBundleBytes(path.join(ROOT, 'build', 'functions'))
  figures.push({
    name: 'functionBundleBytes',
    value: bundles,
    unit: 'bytes',
    note: `build/functions/<name>/index.js, minified (total ${Object.values(bundles).reduce((sum, n) => sum + n, 0)})`
  })
  if (!existsSync(path.join(ROOT, 'dist', 'app.json'))) await step('构建小程序（weapp）', buildWeapp)

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'party-study-bench-'))
  const emulator = await startBenchEmulator(dataDir)
  let actionCosts: DbCallsReport | undefined
  try {
    const db = localSdk(emulator.adminUrl).database()
    await db.createCollection('bench')
    await db.collection('bench').add({ _id: 'doc', n: 0, title: '基准' })

    await timed(50, () => db.collection('bench').doc('doc').get())
    const gets = await timed(1000, () => db.collection('bench').doc('doc').get())
    figures.push({ name: 'sdkGetByIdP50Ms', value: round(percentile(gets, 50)), unit: 'ms', note: 'SDK doc(id).get() round trip, 1000 sequential' })
    figures.push({ name: 'sdkGetByIdP95Ms', value: round(percentile(gets, 95)), unit: 'ms', note: 'same run' })

    const _ = db.command
    const started = Date.now()
    await Promise.all(
      Array.from({ length: 300 }, () =>
        db
          .collection('bench')
          .doc('doc')
          .update({ n: _.inc(1) })
      )
    )
    const incMs = Date.now() - started
    const n = (await db.collection('bench').doc('doc').get()).data[0].n
    figures.push({ name: 'concurrentInc300Exact', value: n === 300, unit: '', note: `300 concurrent _.inc ended at ${n}` })
    figures.push({ name: 'concurrentInc300Ms', value: incMs, unit: 'ms', note: 'all 300 acknowledged (each fsync-durable, group commit)' })

    const seeded = await seedDemoData(db)
    await registerDemoAccounts(emulator.url, seeded.accounts)
    const whoami = (): Promise<Response> =>
      fetch(`${emulator.url}/gateway/functions/me`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-openid': seeded.accounts[0].openId },
        body: JSON.stringify({ action: 'whoami' })
      })
    await timed(20, whoami)
    const before = new Map(emulator.actionCounts)
    const calls = await timed(200, whoami)
    const dbCalls = [...emulator.actionCounts]
      .filter(([action]) => action.startsWith('database.'))
      .reduce((sum, [action, count]) => sum + count - (before.get(action) ?? 0), 0)
    figures.push({
      name: 'whoamiGatewayP50Ms',
      value: round(percentile(calls, 50)),
      unit: 'ms',
      note: 'H5 gateway → function host → SDK → emulator, warm worker'
    })
    figures.push({ name: 'whoamiGatewayP95Ms', value: round(percentile(calls, 95)), unit: 'ms', note: 'same run' })
    figures.push({ name: 'whoamiDbCallsPerRequest', value: dbCalls / 200, unit: 'calls', note: 'database actions per me.whoami' })

    // Resolving the caller and authorising: a denied request does exactly that and nothing else.
    const dbCallsOf = async (openId: string, name: string, event: unknown): Promise<number> => {
      const counted = new Map(emulator.actionCounts)
      await fetch(`${emulator.url}/gateway/functions/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-openid': openId },
        body: JSON.stringify(event)
      })
      return [...emulator.actionCounts]
        .filter(([action]) => action.startsWith('database.'))
        .reduce((sum, [action, count]) => sum + count - (counted.get(action) ?? 0), 0)
    }
    const plainMember = seeded.accounts.find((account) => account.label.endsWith('· 党员'))!.openId
    const secretary = seeded.accounts.find((account) => account.label.endsWith('支部书记'))!.openId
    const listOutside = { action: 'members.list', payload: { unitId: 'u-b-student-1' } }
    await dbCallsOf(plainMember, 'org', listOutside) // warm the worker
    figures.push({
      name: 'authReadsPerRequest',
      value: await dbCallsOf(plainMember, 'org', listOutside),
      unit: 'reads',
      note: 'caller by OPENID + target unit, for a denied org action (budget ≤ 2)'
    })
    figures.push({
      name: 'memberListDbCalls',
      value: await dbCallsOf(secretary, 'org', { action: 'members.list', payload: { unitId: 'u-b-direct' } }),
      unit: 'calls',
      note: 'one page of members.list incl. auth, count and unit names'
    })

    // One call of each action in its typical case, on the demo data (budgets: test/integration/db-calls.test.ts).
    figures.push(
      ...(await attempt('dbCallsPerAction', async () => {
        const report = await measureDbCalls(emulator)
        actionCosts = report
        const failed = report.costs.filter((cost) => !cost.ok)
        return [
          {
            name: 'dbCallsPerAction',
            value: report.perAction,
            unit: 'calls',
            note: `database calls of one call per action, typical case, counted by the emulator${failed.length ? `; FAILED: ${failed.map((c) => `${c.key} (${c.error})`).join(', ')}` : ''}`
          },
          {
            name: 'docsReadPerAction',
            value: report.docsRead,
            unit: 'docs',
            note: `documents returned to the function, same calls; dashboard.view shows ${report.dashboard.unitsShown} units (budget: units shown + 2)`
          }
        ]
      }))
    )
  } finally {
    await emulator.close()
    rmSync(dataDir, { recursive: true, force: true })
  }

  const costs = actionCosts as DbCallsReport | undefined
  figures.push(...(await attempt('publish', publishFigures)))
  figures.push(...(await attempt('checkin setup', () => checkinFigures(costs?.perAction['checkin.scan']))))
  figures.push(...(await attempt('dashboard', dashboardFigures)))
  figures.push(
    ...(await attempt('consoleFirstLoadKB', async () => {
      const first = await consoleFirstLoadKB()
      return [
        {
          name: 'consoleFirstLoadKB',
          value: first.kb,
          unit: 'KB',
          note: `gzipped JS + CSS of the console's first page (production build, ${first.files} files)`
        }
      ]
    }))
  )
  figures.push(...(await attempt('finalize5000Ms', async () => [await finalizeFigure()])))
  figures.push(...(await attempt('importParse2000RowsMs', async () => [await importParseFigure()])))
  figures.push({
    name: 'mainPackageBytes',
    value: mainPackageBytes(path.join(ROOT, 'dist')),
    unit: 'bytes',
    note: 'weapp dist/ outside subpackage roots (budget 2 MB)'
  })

  if (costs) {
    console.log('每个操作的数据库调用（典型情况，一次调用，模拟器计数）：')
    console.table(dbCallsTable(costs))
  }
  console.table(figures.map((f) => ({ figure: f.name, value: typeof f.value === 'object' ? JSON.stringify(f.value) : f.value, unit: f.unit, note: f.note })))
  const results = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()}-${os.arch()}` },
    figures: Object.fromEntries(figures.map((f) => [f.name, f.value])),
    details: figures,
    ...(failures.length ? { failed: failures } : {})
  }
  writeFileSync(path.join(ROOT, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n')
  console.log('已写入 bench-results.json')
  if (failures.length) {
    console.error(`未能测得：${failures.map((f) => f.figure).join('、')}`)
    process.exitCode = 1
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
