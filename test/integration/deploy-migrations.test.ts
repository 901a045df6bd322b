import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { QuotaSettings } from '../../cloudfunctions/_shared/contract/dashboard-api'
import { DEFAULT_QUOTAS } from '../../cloudfunctions/_shared/contract/dashboard-rules'
import { LOCAL_ENV } from '../../emulator/core/constants'
import { applyPlan } from '../../scripts/deploy/apply'
import { LOCAL_CREDENTIALS, pointedAt } from '../../scripts/deploy/emulator'
import { managerDatabaseTarget } from '../../scripts/deploy/manager-database'
import { managerNodeApp } from '../../scripts/deploy/manager-node'
import { buildDeployPlan } from '../../scripts/deploy/plan'
import type { DeployTarget } from '../../scripts/deploy/target'
import type { Migration } from '../../scripts/migrations/migration'
import { scratchDir, startTestEmulator, type TestEmulator } from '../support/emulator'

const root = join(__dirname, '..', '..')

/**
 * Migrations through the deploy itself (applyPlan, as `npm run deploy` runs
 * it): the database part through the real management library pointed at a
 * fresh emulator, the migrations through the node SDK; only the functions
 * part, which the emulator does not manage, is a recording stand-in.
 */
describe('deploy: migrations run once per environment, recorded, skipped by the next deploy', () => {
  jest.setTimeout(120_000)
  let t: TestEmulator
  beforeAll(async () => {
    t = await startTestEmulator({ collections: [], dataDir: scratchDir('deploy-migrations') })
  })
  afterAll(() => t?.close())

  const functionCalls: string[] = []
  let storageRule: Record<string, unknown> | null = null
  let invokeRule: Record<string, unknown> | null = null
  // A built console and a key file stand in: this suite is about the migrations.
  const consoleDir = mkdtempSync(join(tmpdir(), 'console-'))
  writeFileSync(join(consoleDir, 'index.html'), '<!doctype html>')
  const customLoginKey = JSON.stringify({ private_key_id: 'k', private_key: 'p', env_id: LOCAL_ENV })
  const target = (): DeployTarget => ({
    ...managerDatabaseTarget(managerNodeApp(LOCAL_CREDENTIALS, LOCAL_ENV), LOCAL_ENV),
    describeFunction: async () => null,
    createFunction: async (s) => void functionCalls.push(`create ${s.name}`),
    updateFunction: async (s) => void functionCalls.push(`update ${s.name}`),
    deleteTrigger: async () => undefined,
    createTriggers: async () => undefined,
    readStorageRule: async () => storageRule,
    setStorageRule: async (rule) => void (storageRule = { ...rule }),
    readInvokeRule: async () => invokeRule,
    setInvokeRule: async (rule) => void (invokeRule = { ...rule }),
    uploadHosting: async () => undefined,
    ensureSafeDomains: async () => []
  })
  // The shipped config has placeholders (a real deploy refuses them); the apply path is what is tested.
  const plan = () => ({ ...buildDeployPlan({ root, env: LOCAL_ENV }).plan, errors: [] })
  const deploy = (migrations: Migration[], quotaDefaults?: QuotaSettings) =>
    pointedAt(t.emulator.url, () =>
      applyPlan(plan(), target(), { root, log: () => undefined, db: t.db, migrations, consoleDir, customLoginKey, quotaDefaults })
    )

  it('applies a new migration once, records it, and skips it on the next deploy', async () => {
    const runs: string[] = []
    const migration = (id: string): Migration => ({ id, description: `测试迁移 ${id}`, up: async () => void runs.push(id) })

    const first = await deploy([migration('901-first')])
    expect(first.database.migrationsApplied).toEqual(['901-first'])
    expect(runs).toEqual(['901-first'])
    const record = (await t.db.collection('migrations').doc('901-first').get()).data[0] as { appliedAt: unknown; description: string }
    expect(record).toMatchObject({ description: '测试迁移 901-first' })
    expect(record.appliedAt).toBeInstanceOf(Date)
    // The database part ran before the functions went up.
    expect(functionCalls.length).toBe(plan().functions.length)

    const second = await deploy([migration('901-first')])
    expect(second.database).toMatchObject({ collectionsCreated: [], indexesCreated: [], rulesSet: [], migrationsApplied: [], migrationsSkipped: ['901-first'] })
    expect(runs).toEqual(['901-first'])

    // The next version adds one: only that one runs.
    const third = await deploy([migration('901-first'), migration('902-second')])
    expect(third.database).toMatchObject({ migrationsApplied: ['902-second'], migrationsSkipped: ['901-first'] })
    expect(runs).toEqual(['901-first', '902-second'])
    expect((await t.db.collection('migrations').count()).total).toBe(2)
  })

  it('a failing migration stops the deploy before any function is touched, and is not recorded', async () => {
    functionCalls.length = 0
    const failing: Migration = { id: '903-fails', description: '失败的迁移', up: async () => Promise.reject(new Error('磁盘已满')) }
    await expect(deploy([failing])).rejects.toThrow(/903-fails.*磁盘已满/)
    expect(functionCalls).toEqual([])
    expect((await t.db.collection('migrations').doc('903-fails').get()).data).toEqual([])
  })

  it('stores the config’s quotaDefaults for a 党委 without quota settings, and never touches those the 组织部 set', async () => {
    // Two 党委 as bootstrap leaves them; the second's 组织部 has already set its requirements in the app (quotas.set's shape).
    const setInApp = { ...DEFAULT_QUOTAS, memberActivity: { perYear: 5 } }
    await t.db.collection('units').doc('qd-committee-a').set({ type: 'committee', name: '甲党委', path: '/qd-committee-a/' })
    await t.db.collection('units').doc('qd-committee-b').set({ type: 'committee', name: '乙党委', path: '/qd-committee-b/' })
    await t.db.collection('units').doc('qd-branch').set({ type: 'branch', name: '支部', path: '/qd-committee-a/qd-branch/' })
    await t.db.collection('quotaSettings').doc('qd-committee-b').set({ settings: setInApp, updatedAt: new Date(), updatedBy: 'member-b' })
    const fromConfig: QuotaSettings = { ...DEFAULT_QUOTAS, educationDaysPerMember: 6, countFrom: '2026-03-01' }

    const first = await deploy([], fromConfig)
    expect(first.quotaDefaultsSet).toEqual(['qd-committee-a'])
    const settingsOf = async (id: string) => (await t.db.collection('quotaSettings').doc(id).get()).data[0] as { settings: QuotaSettings; updatedBy: string }
    expect(await settingsOf('qd-committee-a')).toMatchObject({ settings: fromConfig, updatedBy: 'party-study.config.json' })
    expect(await settingsOf('qd-committee-b')).toMatchObject({ settings: setInApp, updatedBy: 'member-b' })
    expect((await t.db.collection('quotaSettings').where({ _id: 'qd-branch' }).get()).data).toEqual([])

    // Set now: a second deploy (even with other defaults in the config) writes nothing.
    const second = await deploy([], { ...fromConfig, educationDaysPerMember: 12 })
    expect(second.quotaDefaultsSet).toEqual([])
    expect((await settingsOf('qd-committee-a')).settings).toEqual(fromConfig)
    expect((await settingsOf('qd-committee-b')).settings).toEqual(setInApp)
  })
})
