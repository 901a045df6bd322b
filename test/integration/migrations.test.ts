import { execFile } from 'node:child_process'
import path from 'node:path'
import { MIGRATIONS } from '../../migrations'
import { ROOT } from '../../emulator/core/constants'
import { migration as countingLedger } from '../../migrations/001-counting-ledger'
import type { Migration } from '../../scripts/migrations/migration'
import { runPendingMigrations } from '../../scripts/migrations/run'
import { ensureCollections } from '../../scripts/seed/seed'
import { snapshot } from '../support/gateway'
import { scratchDir, startTestEmulator, type TestEmulator } from '../support/emulator'

describe('migrations', () => {
  jest.setTimeout(120_000)
  let t: TestEmulator

  beforeAll(async () => {
    t = await startTestEmulator({ dataDir: scratchDir('migrations') })
    await ensureCollections(t.db)
  })
  afterAll(() => t.close())

  const recorded = async (id: string) => (await t.db.collection('migrations').doc(id).get()).data[0] as { appliedAt: Date; description: string } | undefined
  const counting = (id: string, up: () => Promise<void>): Migration => ({ id, description: `测试迁移 ${id}`, up })

  it('applies a migration once and records it; a second run skips it', async () => {
    let runs = 0
    const list = [counting('901-once', async () => void (runs += 1))]
    expect(await runPendingMigrations(t.db, list)).toEqual({ applied: ['901-once'], skipped: [] })
    expect(await runPendingMigrations(t.db, list)).toEqual({ applied: [], skipped: ['901-once'] })
    expect(runs).toBe(1)
    expect((await recorded('901-once'))?.appliedAt).toBeInstanceOf(Date)
  })

  it('stops at a failing migration without recording it; the next run starts there', async () => {
    const ran: string[] = []
    let broken = true
    const list = [
      counting('911-before', async () => void ran.push('911')),
      counting('912-fails', async () => {
        ran.push('912')
        if (broken) throw new Error('磁盘已满')
      }),
      counting('913-after', async () => void ran.push('913'))
    ]
    await expect(runPendingMigrations(t.db, list)).rejects.toThrow(/912-fails.*磁盘已满/)
    expect(ran).toEqual(['911', '912'])
    expect(await recorded('911-before')).toBeDefined()
    expect(await recorded('912-fails')).toBeUndefined()
    expect(await recorded('913-after')).toBeUndefined()
    broken = false
    expect(await runPendingMigrations(t.db, list)).toEqual({ applied: ['912-fails', '913-after'], skipped: ['911-before'] })
    expect(ran).toEqual(['911', '912', '912', '913'])
  })

  it('refuses a list out of order', async () => {
    await expect(runPendingMigrations(t.db, [counting('921-b', async () => undefined), counting('920-a', async () => undefined)])).rejects.toThrow(/顺序/)
  })

  it('001 settles legacy records with what they contribute and leaves ledgered ones alone', async () => {
    const at = new Date('2025-06-01T08:00:00Z')
    const notice = (id: string, fields: Record<string, unknown>) => ({
      _id: `n-old:${id}`,
      noticeId: 'n-old',
      memberId: id,
      unitPath: '/u-c/u-b/',
      readAt: null,
      submittedAt: null,
      ...fields
    })
    // More than one batch of legacy records, so the migration pages.
    const bulk = Array.from({ length: 1105 }, (_, i) => notice(`bulk-${i}`, { readAt: at }))
    for (let i = 0; i < bulk.length; i += 500) await t.db.collection('noticeMembers').add(bulk.slice(i, i + 500))
    await t.db
      .collection('noticeMembers')
      .add([
        notice('read-answered', { readAt: at, submittedAt: at }),
        notice('opened-nothing', {}),
        notice('ledgered', { readAt: at, submittedAt: at, countedAs: { read: 1 }, version: 4, dirty: true })
      ])
    const meeting = (id: string, fields: Record<string, unknown>) => ({
      _id: `m-old:${id}`,
      meetingId: 'm-old',
      memberId: id,
      unitPath: '/u-c/u-b/',
      groupId: null,
      status: 'pending',
      makeup: null,
      ...fields
    })
    await t.db
      .collection('meetingMembers')
      .add([
        meeting('present', { status: 'present' }),
        meeting('absent-made-up', { status: 'absent', makeup: { completedAt: at } }),
        meeting('leave-makeup-open', { status: 'leave', makeup: { completedAt: null } }),
        meeting('no-makeup-field', { status: 'late', makeup: undefined }),
        meeting('pending', {}),
        meeting('ledgered', { status: 'present', countedAs: {}, version: 2, dirty: true })
      ])

    expect(await runPendingMigrations(t.db, MIGRATIONS)).toMatchObject({ applied: ['001-counting-ledger', '002-consent-per-template'] })

    const notices = async (id: string) => (await t.db.collection('noticeMembers').doc(`n-old:${id}`).get()).data[0]
    const meetings = async (id: string) => (await t.db.collection('meetingMembers').doc(`m-old:${id}`).get()).data[0]
    expect(await notices('read-answered')).toMatchObject({ countedAs: { read: 1, answered: 1 }, version: 0, dirty: false })
    expect(await notices('opened-nothing')).toMatchObject({ countedAs: {}, version: 0, dirty: false })
    expect(await notices('ledgered')).toMatchObject({ countedAs: { read: 1 }, version: 4, dirty: true })
    expect(await meetings('present')).toMatchObject({ countedAs: { present: 1 }, version: 0, dirty: false })
    expect(await meetings('absent-made-up')).toMatchObject({ countedAs: { absent: 1, madeUp: 1 }, version: 0, dirty: false })
    expect(await meetings('leave-makeup-open')).toMatchObject({ countedAs: { leave: 1 }, version: 0, dirty: false })
    expect(await meetings('no-makeup-field')).toMatchObject({ countedAs: { late: 1 }, version: 0, dirty: false })
    expect(await meetings('pending')).toMatchObject({ countedAs: {}, version: 0, dirty: false })
    expect(await meetings('ledgered')).toMatchObject({ countedAs: {}, version: 2, dirty: true })
    const _ = t.db.command
    expect(
      (
        await t.db
          .collection('noticeMembers')
          .where({ countedAs: _.exists(false) })
          .count()
      ).total
    ).toBe(0)
    expect((await t.db.collection('noticeMembers').where({ 'countedAs.read': 1, version: 0 }).count()).total).toBe(1105 + 1)

    // Idempotent: applied by hand again (as after a crash before it was recorded), it changes nothing.
    const before = await snapshot(t.emulator.url)
    await countingLedger.up(t.db)
    expect(await snapshot(t.emulator.url)).toBe(before)
    expect(await runPendingMigrations(t.db, MIGRATIONS)).toMatchObject({ applied: [], skipped: ['001-counting-ledger', '002-consent-per-template'] })
    // `npm run admin -- migrate` runs the same list against the same environment: nothing left to do.
    const cli = await new Promise<{ error: Error | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'scripts/admin.ts'), '--url', t.emulator.url, 'migrate'],
        { cwd: ROOT, timeout: 60_000 },
        (error, _stdout, stderr) => resolve({ error, stderr })
      )
    })
    expect(cli.error).toBeNull()
    expect(cli.stderr).toContain('没有待执行的迁移')
  })
})
