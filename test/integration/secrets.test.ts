import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { startEmulator } from '../../emulator/controller'
import { ROOT } from '../../emulator/core/constants'
import { localSdk } from '../../emulator/client'
import { SECRET_NAMES } from '../../cloudfunctions/_shared/runtime/secrets'
import { buildFunctions } from '../../scripts/build-functions'
import { startDemoEmulator } from '../support/demo'
import { scratchDir } from '../support/emulator'
import { callAs, snapshot } from '../support/gateway'
import { sampleMeeting } from '../support/meetings'
import { people } from '../support/people'

/**
 * Secrets live only in the functions' environment: generated per data folder
 * by the emulator (per environment by the deploy), never a literal in source
 * or bundles, and a function without one refuses what needs it.
 */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })

/** A literal standing in for a secret: the old public defaults, or any env secret read with a fallback value. */
const SECRET_FALLBACK = /PS_[A-Z_]*SECRET[A-Z_]*\s*\)?\s*(\?\?|\|\|)\s*["'`]|party-study-local/

describe('function secrets', () => {
  jest.setTimeout(90_000)

  it('appear as no literal in the built bundles or the function sources', async () => {
    const outDir = scratchDir('bundles')
    const built = await buildFunctions({ outDir, log: () => undefined })
    expect(built).toEqual(expect.arrayContaining(['meetings', 'org']))
    const bundles = filesUnder(outDir).filter((file) => file.endsWith('.js'))
    expect(bundles.length).toBeGreaterThanOrEqual(built.length)
    const sources = filesUnder(path.join(ROOT, 'cloudfunctions')).filter((file) => /\.ts$/.test(file) && !file.endsWith('.test.ts'))
    const offenders = [...bundles, ...sources].filter((file) => SECRET_FALLBACK.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
    // The check itself bites: the old code read like this.
    expect(SECRET_FALLBACK.test("process.env.PS_CHECKIN_SECRET ?? 'x'")).toBe(true)
  })

  it('are generated once per data folder, kept owner-only, and injected into every function', async () => {
    const functionsDir = scratchDir('functions')
    cpSync(path.join(ROOT, 'test/fixtures/functions'), functionsDir, { recursive: true })
    const start = (dataDir: string) => startEmulator({ port: 0, dataDir, functionsDir, secretNames: SECRET_NAMES, timers: false })
    const [dirA, dirB] = [scratchDir('secrets-a'), scratchDir('secrets-b')]

    const first = await start(dirA)
    const { result } = await localSdk(first.adminUrl).callFunction({ name: 'probe', data: { action: 'secret-lengths' } })
    // The custom-login key file (JSON, emulator/auth/keys.ts) is injected beside the secrets.
    expect(result).toEqual({ ...Object.fromEntries(SECRET_NAMES.map((name) => [name, 43])), PS_CUSTOM_LOGIN_KEY: expect.any(Number) })
    const file = path.join(dirA, 'secrets.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(path.join(dirA, 'auth-keys.json')).mode & 0o777).toBe(0o600)
    const generated = first.secrets
    const loginKey = first.authKeys.customLogin
    await first.close()

    const again = await start(dirA)
    expect(again.secrets).toEqual(generated)
    expect(again.authKeys.customLogin).toEqual(loginKey)
    await again.close()
    const other = await start(dirB)
    for (const name of SECRET_NAMES) expect(other.secrets[name]).not.toBe(generated[name])
    expect(other.authKeys.customLogin.private_key_id).not.toBe(loginKey.private_key_id)
    await other.close()
  })

  describe('missing from a function', () => {
    let demo: Awaited<ReturnType<typeof startDemoEmulator>>
    beforeAll(async () => {
      demo = await startDemoEmulator({ secrets: {} })
    })
    afterAll(() => demo.close())
    const call = (openId: string, name: string, action: string, payload: unknown) => callAs(demo.emulator.url, openId, name, action, payload)
    const secretary = people.staff1Secretary.openId

    it('answers each action that needs one with CONFIG_MISSING naming the variable, writing nothing', async () => {
      const meeting = await call(secretary, 'meetings', 'meetings.create', {
        unitId: 'u-b-staff-1',
        meeting: sampleMeeting(new Date(Date.now() + 600_000).toISOString())
      })
      expect(meeting).toMatchObject({ ok: true })
      const id = (meeting as { data: { id: string } }).data.id
      const before = await snapshot(demo.emulator.url)
      const needs: Array<[string, string, string, unknown, string]> = [
        [
          secretary,
          'org',
          'members.add',
          { unitId: 'u-b-staff-1', name: '新党员', phone: '13900001234', type: '正式党员', category: '在职' },
          'PS_MEMBER_ID_SECRET'
        ],
        [
          secretary,
          'org',
          'import.commit',
          {
            unitId: 'u-b-staff-1',
            rows: [{ row: 2, name: '导入党员', phone: '13900001235', unitName: '教工第一党支部', groupName: null, type: '正式党员', category: '在职' }]
          },
          'PS_MEMBER_ID_SECRET'
        ],
        [secretary, 'meetings', 'checkin.code', { id }, 'PS_CHECKIN_SECRET'],
        [people.staff1Member.openId, 'meetings', 'checkin.scan', { token: `${id}.1.abc` }, 'PS_CHECKIN_SECRET']
      ]
      for (const [openId, name, action, payload, variable] of needs) {
        expect(await call(openId, name, action, payload)).toMatchObject({
          ok: false,
          error: { code: 'CONFIG_MISSING', message: expect.stringContaining(variable) }
        })
      }
      expect(await snapshot(demo.emulator.url)).toBe(before)
    })

    it('serves every action that needs none', async () => {
      const fine: Array<[string, string, string, unknown]> = [
        [secretary, 'me', 'whoami', {}],
        [secretary, 'org', 'units.tree', {}],
        [secretary, 'org', 'members.list', { unitId: 'u-b-staff-1' }],
        [secretary, 'org', 'invites.create', { memberId: await unboundMember() }],
        [secretary, 'notices', 'notices.list', { view: 'manage', unitId: 'u-b-staff-1' }],
        [secretary, 'meetings', 'meetings.list', { view: 'manage', unitId: 'u-b-staff-1' }],
        [people.orgDepartment.openId, 'dashboard', 'dashboard.view', { scope: { period: 'month', day: '2026-12-06' } }]
      ]
      for (const [openId, name, action, payload] of fine) expect(await call(openId, name, action, payload)).toMatchObject({ ok: true })
    })

    async function unboundMember(): Promise<string> {
      const { data } = await demo.db
        .collection('members')
        .where({ unitId: 'u-b-staff-1', openid: demo.db.command.exists(false) })
        .limit(1)
        .get()
      return (data as Array<{ _id: string }>)[0]._id
    }
  })
})
