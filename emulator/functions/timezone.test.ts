/**
 * Functions run in UTC whatever the developer's timezone: the process is put in
 * UTC once at the root, the host refuses to run functions in another zone unless
 * told to keep it, and instances get TZ=UTC in their env. The process under jest
 * is already UTC (jest.config.js), so the other zone is tried in a child process.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runsInFunctionTimezone } from './timezone'

const ROOT = join(__dirname, '..', '..', '.test-data', `timezone-test-${process.pid}`)

const SCRIPT = `
import { FunctionHost } from ${JSON.stringify(join(__dirname, 'host'))}
import { useFunctionTimezone } from ${JSON.stringify(join(__dirname, 'timezone'))}

async function main() {
  const options = { functionsDir: ${JSON.stringify(ROOT)}, adminUrl: 'http://127.0.0.1:9/admin', env: 'local', appId: 'wxAPP', log: () => undefined }
  const report: Record<string, unknown> = { before: new Date(0).getTimezoneOffset() }
  try {
    new FunctionHost(options)
    report.refused = null
  } catch (err) {
    report.refused = (err as Error).message
  }
  const kept = new FunctionHost({ ...options, keepProcessTimezone: true })
  report.keptSees = await kept.invoke('clock', {}, {})
  await kept.close()
  useFunctionTimezone()
  const host = new FunctionHost(options)
  report.utcSees = await host.invoke('clock', {}, {})
  await host.close()
  console.log(JSON.stringify(report))
}
void main()
`

beforeAll(() => {
  mkdirSync(join(ROOT, 'clock'), { recursive: true })
  writeFileSync(join(ROOT, 'clock', 'index.js'), `exports.main = () => ({ tz: process.env.TZ, offset: new Date(0).getTimezoneOffset() })`)
  writeFileSync(join(ROOT, 'run.ts'), SCRIPT)
})

afterAll(() => rmSync(ROOT, { recursive: true, force: true }))

test('jest runs in UTC, as the functions do', () => {
  expect(runsInFunctionTimezone()).toBe(true)
})

test('in another timezone the host refuses unless told to keep it; after useFunctionTimezone() functions see UTC', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'run.ts')], {
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8'
  })
  const report = JSON.parse(out.trim().split('\n').pop() ?? '') as Record<string, unknown>
  expect(report.before).toBe(-480)
  expect(report.refused).toMatch(/UTC 时区.*Asia\/Shanghai.*useFunctionTimezone/)
  // Kept: the worker's clock follows the process (a worker cannot have its own zone), and its env says so.
  expect(report.keptSees).toEqual({ tz: 'Asia/Shanghai', offset: -480 })
  expect(report.utcSees).toEqual({ tz: 'UTC', offset: 0 })
}, 30_000)
