import { join } from 'node:path'
import { COLLECTIONS } from '../../cloudfunctions/_shared/data/collections'
import { LOCAL_ENV } from '../../emulator/core/constants'
import { planCollections } from '../../scripts/deploy/collections-plan'
import { changedAnything, type DatabaseReport } from '../../scripts/deploy/database'
import { deployDatabaseToEmulator, LOCAL_CREDENTIALS, pointedAt } from '../../scripts/deploy/emulator'
import { runDeploy } from '../../scripts/deploy/main'
import { managerNodeApp } from '../../scripts/deploy/manager-node'
import { MIGRATIONS } from '../../migrations'
import { scratchDir, startTestEmulator, type TestEmulator } from '../support/emulator'

const root = join(__dirname, '..', '..')

/**
 * The deploy's database part against a fresh emulator, through the real
 * @cloudbase/manager-node pointed at it with TCB_BASE_URL: the emulator starts
 * with no collection list of its own (`collections: []`), so every collection,
 * index and rule it has is one the deploy made.
 */
interface Online {
  collections: string[]
  indexes: Record<string, Array<{ name: string; unique: boolean; keys: Array<{ name: string; direction: string }> }>>
  rules: Record<string, unknown>
}

/** Everything read back through the management library alone. */
async function readBack(url: string): Promise<Online> {
  return pointedAt(url, async () => {
    const app = managerNodeApp(LOCAL_CREDENTIALS, LOCAL_ENV)
    const listed = await app.database.listCollections({ MgoLimit: 1000 })
    const collections = listed.Collections.map((c) => c.CollectionName).sort()
    const online: Online = { collections, indexes: {}, rules: {} }
    for (const name of collections) {
      const described = await app.database.describeCollection(name)
      online.indexes[name] = (described.Indexes ?? [])
        .filter((i) => i.Name !== '_id_')
        .map((i) => ({ name: i.Name, unique: i.Unique, keys: i.Keys.map((k) => ({ name: k.Name ?? '', direction: k.Direction ?? '' })) }))
      const rule = (await app.commonService().call({ Action: 'DescribeSafeRule', Param: { EnvId: LOCAL_ENV, CollectionName: name } })) as {
        AclTag: string
        Rule?: string
      }
      online.rules[name] = { tag: rule.AclTag, rule: rule.Rule === undefined ? null : JSON.parse(rule.Rule) }
    }
    return online
  })
}

describe('deploy: the database part against the emulator, through the management library', () => {
  jest.setTimeout(120_000)
  const dataDir = scratchDir('deploy-database')
  let t: TestEmulator
  let first: DatabaseReport

  beforeAll(async () => {
    t = await startTestEmulator({ collections: [], dataDir })
    expect((await readBack(t.emulator.url)).collections).toEqual([])
    first = await deployDatabaseToEmulator(t.emulator.url)
  })
  afterAll(() => t?.close())

  it('creates every declared collection, index and rule, and reads them back through the library', async () => {
    const plan = planCollections().collections
    expect(first.collectionsCreated.sort()).toEqual(plan.map((c) => c.name).sort())
    expect(first.indexesCreated.sort()).toEqual(plan.flatMap((c) => c.indexes.map((i) => `${c.name}.${i.name}`)).sort())
    expect(first.rulesSet.sort()).toEqual(plan.map((c) => c.name).sort())
    expect(first.migrationsApplied).toEqual(MIGRATIONS.map((m) => m.id))

    const online = await readBack(t.emulator.url)
    expect(online.collections).toEqual(COLLECTIONS.map((c) => c.name).sort())
    for (const c of plan) {
      expect(online.indexes[c.name]).toEqual(
        c.indexes.map((i) => ({ name: i.name, unique: i.unique, keys: i.keys.map((k) => ({ name: k.name, direction: String(k.direction) })) }))
      )
      expect(online.rules[c.name]).toEqual({ tag: 'CUSTOM', rule: { read: false, write: false } })
    }
  })

  it('a second deploy (the deploy command, --emulator) changes nothing', async () => {
    const before = await readBack(t.emulator.url)
    const out: string[] = []
    const lines: string[] = []
    const code = await runDeploy(['--emulator', t.emulator.url], { root, env: process.env, out: (text) => out.push(text), err: (text) => lines.push(text) })
    expect(code).toBe(0)
    const second = JSON.parse(out.join('')) as DatabaseReport
    expect(second).toEqual({ collectionsCreated: [], indexesCreated: [], rulesSet: [], migrationsApplied: [], migrationsSkipped: MIGRATIONS.map((m) => m.id) })
    expect(changedAnything(second)).toBe(false)
    expect(lines.join('\n')).toContain('没有待执行的迁移')
    expect(lines.join('\n')).toContain('未做任何修改')
    expect(await readBack(t.emulator.url)).toEqual(before)
  })

  it('the emulator refuses a duplicate on a unique index only the deploy created, also after a restart', async () => {
    const members = () => t.db.collection('members')
    await members().add({ _id: 'dup-a', name: '甲', openid: 'openid-dup' })
    // Sparse: members not yet bound to WeChat have no openid, and any number of them may exist.
    await members().add([
      { _id: 'unbound-1', name: '乙' },
      { _id: 'unbound-2', name: '丙' }
    ])
    await expect(members().add({ _id: 'dup-b', name: '丁', openid: 'openid-dup' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    await expect(members().doc('unbound-1').update({ openid: 'openid-dup' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })

    await t.close()
    t = await startTestEmulator({ collections: [], dataDir })
    await expect(t.db.collection('members').add({ _id: 'dup-c', name: '戊', openid: 'openid-dup' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    expect((await t.db.collection('members').where({ openid: 'openid-dup' }).count()).total).toBe(1)
  })
})
