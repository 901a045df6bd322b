import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { ROOT } from '../../emulator/core/constants'
import { localSdk } from '../../emulator/client'
import { killHard, spawnEmulator } from '../support/process'
import { scratchDir, startTestEmulator } from '../support/emulator'

const cli = (...args: string[]): string =>
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'emulator/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8'
  })

/** `reset`, `export` and `import`: offline on a data folder, and over HTTP on a running emulator. */
describe('emulator data commands', () => {
  jest.setTimeout(60_000)

  it('survives a restart, exports, resets and imports through the CLI', async () => {
    const dataDir = scratchDir('data-cmd')
    const functionsDir = scratchDir('no-functions')
    const exported = path.join(scratchDir('export'), 'backup.ejsonl')
    const args = ['--data', dataDir, '--functions', functionsDir, '--no-timers']

    const first = await spawnEmulator(args)
    const db = localSdk(first.adminUrl).database()
    await db.createCollection('notes')
    await db.collection('notes').add({ _id: 'n1', text: '学习安排', at: new Date('2026-05-12T00:00:00Z') })
    await killHard(first.child)

    cli('export', '--data', dataDir, '--out', exported)
    cli('reset', '--data', dataDir)
    const empty = await spawnEmulator(args)
    await expect(localSdk(empty.adminUrl).database().collection('notes').get()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
    await killHard(empty.child)

    cli('import', '--data', dataDir, '--in', exported)
    const restored = await spawnEmulator(args)
    try {
      const { data } = await localSdk(restored.adminUrl).database().collection('notes').doc('n1').get()
      expect(data[0]).toEqual({ _id: 'n1', text: '学习安排', at: new Date('2026-05-12T00:00:00Z') })
    } finally {
      await killHard(restored.child)
    }
  })

  it('resets, exports and imports over HTTP on a running emulator', async () => {
    const t = await startTestEmulator({ dataDir: scratchDir('data-http') })
    try {
      await t.db.createCollection('notes')
      await t.db.collection('notes').add({ _id: 'n1', n: 1 })
      const snapshot = await (await fetch(`${t.emulator.url}/_emulator/export`)).text()
      await fetch(`${t.emulator.url}/_emulator/reset`, { method: 'POST' })
      await expect(t.db.collection('notes').count()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
      await fetch(`${t.emulator.url}/_emulator/import`, { method: 'POST', body: snapshot })
      expect((await t.db.collection('notes').doc('n1').get()).data).toEqual([{ _id: 'n1', n: 1 }])
    } finally {
      await t.close()
    }
  })
})
