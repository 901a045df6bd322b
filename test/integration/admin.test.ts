import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SECRET_NAMES } from '../../cloudfunctions/_shared/runtime/secrets'
import { DEFAULT_FUNCTIONS_DIR, DEFAULT_STATIC_DIR, ROOT } from '../../emulator/core/constants'
import { bootstrap } from '../../scripts/admin/bootstrap'
import { loadDeployConfig } from '../../scripts/deploy/config'
import { exportDatabase } from '../../scripts/admin/export'
import { importDatabase } from '../../scripts/admin/import'
import { scratchDir, startTestEmulator, type TestEmulator } from '../support/emulator'
import { gateway } from '../support/gateway'

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** The admin script as an operator runs it (`npm run admin -- …`), without the functions' secrets in its environment. */
function runAdmin(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv }
  for (const name of SECRET_NAMES) if (!(name in extraEnv)) delete env[name]
  delete env.TENCENTCLOUD_SECRETID
  delete env.TENCENTCLOUD_SECRETKEY
  Object.assign(env, extraEnv)
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/admin.ts'), ...args],
      { cwd: ROOT, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      }
    )
  })
}

const inviteOf = (stdout: string): string => {
  const match = /^邀请码：([2-9A-Z]{8})$/m.exec(stdout)
  if (!match) throw new Error(`no invite in: ${stdout}`)
  return match[1]
}

const COMMITTEE = '测试学院党委'
const ADMIN = '赵组织'
const PHONE = '13912345678'

describe('admin: the first administrator', () => {
  jest.setTimeout(120_000)
  let t: TestEmulator
  const bootstrapArgs = (url: string, name = COMMITTEE): string[] => ['--url', url, 'bootstrap', '--name', name, '--admin-name', ADMIN, '--phone', PHONE]

  beforeAll(async () => {
    // `collections: []`: an environment nothing was deployed to yet; bootstrap creates what it writes to.
    t = await startTestEmulator({ dataDir: scratchDir('admin'), functionsDir: DEFAULT_FUNCTIONS_DIR, staticDir: DEFAULT_STATIC_DIR, collections: [] })
  })
  afterAll(() => t.close())

  const committees = async () =>
    (await t.db.collection('units').where({ type: 'committee' }).get()).data as Array<{ _id: string; path: string; memberCount: number }>
  const quotaDoc = async (committeeId: string) => (await t.db.collection('quotaSettings').doc(committeeId).get()).data[0] as Record<string, unknown> | undefined
  const admins = async () =>
    (await t.db.collection('members').where({ 'roles.role': 'org_department' }).get()).data as Array<{ _id: string; inviteCode?: string }>

  it('refuses without the member-id secret, before writing anything', async () => {
    const saved = process.env.PS_MEMBER_ID_SECRET
    delete process.env.PS_MEMBER_ID_SECRET
    try {
      await expect(bootstrap(t.db, { committeeName: COMMITTEE, adminName: ADMIN, phone: PHONE })).rejects.toMatchObject({ code: 'CONFIG_MISSING' })
    } finally {
      process.env.PS_MEMBER_ID_SECRET = saved
    }
    // A fresh environment has no collections at all: nothing was created either.
    await expect(committees()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
    // Against CloudBase the key can only come from the environment: refused without it, and without an API key.
    const noKey = await runAdmin(['--env', 'prod-123', 'bootstrap', '--name', COMMITTEE, '--admin-name', ADMIN, '--phone', PHONE])
    expect(noKey.code).toBe(1)
    expect(noKey.stderr).toContain('TENCENTCLOUD_SECRETID')
    const noSecret = await runAdmin(['--env', 'prod-123', 'bootstrap', '--name', COMMITTEE, '--admin-name', ADMIN, '--phone', PHONE], {
      TENCENTCLOUD_SECRETID: 'id',
      TENCENTCLOUD_SECRETKEY: 'key'
    })
    expect(noSecret.code).toBe(1)
    expect(noSecret.stderr).toContain('PS_MEMBER_ID_SECRET')
    expect(noSecret.stdout).toBe('')
  })

  it('creates the 党委 and its admin once; a rerun only re-issues the invite, which revokes the first; the admin then sets up the tree', async () => {
    const first = await runAdmin(bootstrapArgs(t.emulator.url))
    expect(first.code).toBe(0)
    const code1 = inviteOf(first.stdout)
    // The invite is the only secret printed, and only on stdout: no phone number, no function secret.
    expect(first.stdout.trim().split('\n')).toHaveLength(3)
    expect(first.stdout).toContain(`/packages/org/pages/join/index?code=${code1}`)
    for (const text of [first.stdout, first.stderr]) {
      expect(text).not.toContain(PHONE)
      for (const name of SECRET_NAMES) expect(text).not.toContain(process.env[name] as string)
    }
    expect(first.stderr).not.toContain(code1)

    const [committee] = await committees()
    expect(committee.path).toBe(`/${committee._id}/`)
    expect(committee.memberCount).toBe(1)
    const [admin] = await admins()
    expect(admin.inviteCode).toBe(code1)
    // The config's quotaDefaults are the 党委's first quota settings, where and as quotas.set stores them.
    const shipped = loadDeployConfig(ROOT).config?.quotaDefaults
    expect(shipped).toBeDefined()
    expect(await quotaDoc(committee._id)).toMatchObject({ settings: shipped, updatedBy: 'party-study.config.json' })
    expect(first.stderr).toContain('已按 party-study.config.json 的 quotaDefaults 设置党委的考核要求')
    // The 组织部 changes them (quotas.set's document) before the bootstrap is run again: the rerun keeps theirs.
    const changed = { ...shipped, educationDaysPerMember: 6, memberActivity: { perYear: 5 } }
    await t.db.collection('quotaSettings').doc(committee._id).set({ settings: changed, updatedAt: new Date(), updatedBy: admin._id })

    const second = await runAdmin(bootstrapArgs(t.emulator.url))
    expect(second.code).toBe(0)
    const code2 = inviteOf(second.stdout)
    expect(code2).not.toBe(code1)
    expect(second.stderr).toContain('未新建')
    expect(await committees()).toEqual([committee])
    expect((await admins()).map((m) => m._id)).toEqual([admin._id])
    expect(await quotaDoc(committee._id)).toMatchObject({ settings: changed, updatedBy: admin._id })
    expect(second.stderr).toContain('考核要求已有设置')

    const gw = gateway(t.emulator.url)
    expect(await gw.call('org', 'invites.redeem', { code: code1 }, 'new-admin-wx')).toMatchObject({ ok: false, error: { code: 'INVITE_REVOKED' } })
    expect(await gw.call('org', 'invites.redeem', { code: code2 }, 'new-admin-wx')).toMatchObject({ ok: true })
    const created = await gw.call('org', 'units.create', { parentId: committee._id, name: '测试党总支', type: 'general_branch' }, 'new-admin-wx')
    expect(created).toMatchObject({ ok: true, data: { name: '测试党总支' } })
    // What the app reads is the stored document.
    expect(await gw.call('dashboard', 'quotas.get', {}, 'new-admin-wx')).toMatchObject({ ok: true, data: changed })

    // Bound now: a further run has no invite to give, and says so.
    const third = await runAdmin(bootstrapArgs(t.emulator.url))
    expect(third.code).toBe(1)
    expect(third.stderr).toContain('已绑定微信')
    expect(third.stdout).toBe('')
  })

  it('refuses a second, different 党委', async () => {
    const other = await runAdmin(bootstrapArgs(t.emulator.url, '另一个党委'))
    expect(other.code).toBe(1)
    expect(other.stderr).toContain('不会再建第二个党委')
    expect(await committees()).toHaveLength(1)
  })

  it('exports every collection, pages past 1000 documents, and restores into a fresh environment unchanged', async () => {
    // More than one page of one collection; dates and nested values on the way.
    const many = Array.from({ length: 1203 }, (_, i) => ({
      _id: `r-${String(i).padStart(5, '0')}`,
      sentAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      detail: { n: i, tags: ['a', 'b'] }
    }))
    for (let i = 0; i < many.length; i += 400) await t.db.collection('reminders').add(many.slice(i, i + 400))

    const dir = scratchDir('admin-backup')
    const original = path.join(dir, 'original.ndjson')
    const exported = await runAdmin(['--url', t.emulator.url, 'export', '--out', original])
    expect(exported.code).toBe(0)
    const text = readFileSync(original, 'utf8')
    expect(text.split('\n').filter((line) => line.includes('"collection":"reminders"'))).toHaveLength(1203)

    const fresh = await startTestEmulator({ dataDir: scratchDir('admin-restore') })
    try {
      expect(await importDatabase(fresh.db, original, { force: false })).toMatchObject({ reminders: 1203, units: 2 })
      const copy = path.join(dir, 'copy.ndjson')
      await exportDatabase(fresh.db, copy)
      expect(readFileSync(copy, 'utf8')).toBe(text)

      // Not empty any more: a restore over it must be asked for.
      const refused = await runAdmin(['--url', fresh.emulator.url, 'import', '--in', original])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain('--force')
      const forced = await runAdmin(['--url', fresh.emulator.url, 'import', '--in', original, '--force'])
      expect(forced.code).toBe(0)
      await exportDatabase(fresh.db, copy)
      expect(readFileSync(copy, 'utf8')).toBe(text)
    } finally {
      await fresh.close()
    }
  })
})
