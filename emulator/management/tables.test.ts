import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Database } from '../database'
import { ManagementError } from './errors'
import { tableActions } from './tables'
import type { ManagementDeps } from './types'

const env = 'local'
const unique = { IndexName: 'openid_unique', MgoKeySchema: { MgoIndexKeys: [{ Name: 'openid', Direction: '1' }], MgoIsUnique: true, MgoIsSparse: true } }
const plain = {
  IndexName: 'unit_at',
  MgoKeySchema: {
    MgoIndexKeys: [
      { Name: 'unitPath', Direction: '1' },
      { Name: 'at', Direction: '-1' }
    ],
    MgoIsUnique: false
  }
}

async function call(deps: ManagementDeps, action: string, params: Record<string, unknown>) {
  return tableActions[action]({ EnvId: env, ...params }, deps)
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ManagementError) return error.code
    throw error
  }
  return 'resolved'
}

describe('management: tables and indexes', () => {
  let db: Database
  let deps: ManagementDeps
  beforeEach(async () => {
    db = new Database()
    await db.open()
    deps = { db, env }
  })

  it('creates a collection once, lists it and describes its indexes, _id_ first', async () => {
    await call(deps, 'CreateTable', { TableName: 'members' })
    expect(await codeOf(call(deps, 'CreateTable', { TableName: 'members' }))).toBe('ResourceInUse.TableExist')
    expect(await call(deps, 'ListTables', {})).toMatchObject({ Tables: [{ TableName: 'members', Count: 0, IndexCount: 1 }], Pager: { Total: 1 } })
    expect(await call(deps, 'DescribeTable', { TableName: 'members' })).toMatchObject({ IndexNum: 1, Indexes: [{ Name: '_id_', Unique: true }] })
    expect(await codeOf(call(deps, 'DescribeTable', { TableName: 'nope' }))).toBe('ResourceNotFound.TableNotExist')
  })

  it('creates indexes (repeating one is a no-op), describes them as the platform does, and drops them', async () => {
    await call(deps, 'CreateTable', { TableName: 'members' })
    await call(deps, 'UpdateTable', { TableName: 'members', CreateIndexes: [unique, plain] })
    await call(deps, 'UpdateTable', { TableName: 'members', CreateIndexes: [unique] })
    expect(db.state.collection('members').indexes).toEqual([
      { name: 'openid_unique', keys: { openid: 1 }, unique: true, sparse: true },
      { name: 'unit_at', keys: { unitPath: 1, at: -1 } }
    ])
    const described = await call(deps, 'DescribeTable', { TableName: 'members' })
    expect(described.Indexes).toEqual([
      expect.objectContaining({ Name: '_id_' }),
      expect.objectContaining({ Name: 'openid_unique', Unique: true, Keys: [{ Name: 'openid', Direction: '1' }] }),
      expect.objectContaining({
        Name: 'unit_at',
        Unique: false,
        Keys: [
          { Name: 'unitPath', Direction: '1' },
          { Name: 'at', Direction: '-1' }
        ]
      })
    ])
    const changed = { ...plain, MgoKeySchema: { ...plain.MgoKeySchema, MgoIsUnique: true } }
    expect(await codeOf(call(deps, 'UpdateTable', { TableName: 'members', CreateIndexes: [changed] }))).toBe('ResourceInUse.IndexExist')
    expect(await codeOf(call(deps, 'UpdateTable', { TableName: 'members', CreateIndexes: [plain], DropIndexes: [{ IndexName: 'unit_at' }] }))).toBe(
      'InvalidParameter'
    )
    await call(deps, 'UpdateTable', { TableName: 'members', DropIndexes: [{ IndexName: 'openid_unique' }] })
    expect(db.state.collection('members').unique).toEqual([])
    expect(await codeOf(call(deps, 'UpdateTable', { TableName: 'members', DropIndexes: [{ IndexName: '_id_' }] }))).toBe('InvalidParameter')
  })

  it('enforces a unique index it created, and refuses one the stored documents already break', async () => {
    await call(deps, 'CreateTable', { TableName: 'members' })
    await call(deps, 'UpdateTable', { TableName: 'members', CreateIndexes: [unique] })
    await db.state.commit([{ coll: 'members', id: 'a', doc: { _id: 'a', openid: 'o1' } }])
    await db.state.commit([
      { coll: 'members', id: 'n', doc: { _id: 'n' } },
      { coll: 'members', id: 'm', doc: { _id: 'm' } }
    ])
    await expect(Promise.resolve().then(() => db.state.commit([{ coll: 'members', id: 'b', doc: { _id: 'b', openid: 'o1' } }]))).rejects.toMatchObject({
      code: 'DATABASE_DUPLICATE_WRITE'
    })

    await call(deps, 'CreateTable', { TableName: 'other' })
    await db.state.commit([
      { coll: 'other', id: 'a', doc: { _id: 'a', openid: 'x' } },
      { coll: 'other', id: 'b', doc: { _id: 'b', openid: 'x' } }
    ])
    expect(await codeOf(call(deps, 'UpdateTable', { TableName: 'other', CreateIndexes: [unique] }))).toBe('FailedOperation.DuplicateKey')
    expect(db.state.collection('other').indexes).toEqual([])
  })

  it('refuses another environment and unsupported index directions', async () => {
    expect(await codeOf(Promise.resolve().then(() => tableActions.ListTables({ EnvId: 'prod-1' }, deps)))).toBe('ResourceNotFound.EnvNotFound')
    await call(deps, 'CreateTable', { TableName: 'places' })
    const geo = { IndexName: 'geo', MgoKeySchema: { MgoIndexKeys: [{ Name: 'at', Direction: '2dsphere' }], MgoIsUnique: false } }
    expect(await codeOf(call(deps, 'UpdateTable', { TableName: 'places', CreateIndexes: [geo] }))).toBe('InvalidParameter')
  })

  it('keeps the indexes and rules it set across a restart, and enforces them after it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mgmt-'))
    try {
      const first = new Database({ dataDir: dir })
      await first.open()
      await call({ db: first, env }, 'CreateTable', { TableName: 'members' })
      await call({ db: first, env }, 'UpdateTable', { TableName: 'members', CreateIndexes: [unique] })
      await first.state.setAcl('members', { tag: 'CUSTOM', rule: { read: false, write: false } })
      await first.state.commit([{ coll: 'members', id: 'a', doc: { _id: 'a', openid: 'o1' } }])
      await first.close()

      // Reopened twice: once replaying the log, once from the compacted snapshot.
      for (let round = 0; round < 2; round++) {
        const again = new Database({ dataDir: dir })
        await again.open()
        const members = again.state.collection('members')
        expect(members.indexes).toEqual([{ name: 'openid_unique', keys: { openid: 1 }, unique: true, sparse: true }])
        expect(members.meta.acl).toEqual({ tag: 'CUSTOM', rule: { read: false, write: false } })
        await expect(Promise.resolve().then(() => again.state.commit([{ coll: 'members', id: 'b', doc: { _id: 'b', openid: 'o1' } }]))).rejects.toMatchObject({
          code: 'DATABASE_DUPLICATE_WRITE'
        })
        await again.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
