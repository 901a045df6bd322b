import { startTestEmulator, postAdmin, type TestEmulator } from '../support/emulator'

/** SDK conformance: writes, atomic operators, unique indexes and missing collections. */
describe('database writes through the real SDK', () => {
  let t: TestEmulator

  beforeAll(async () => {
    t = await startTestEmulator()
    await t.db.createCollection('docs')
    // \`members\` and its unique openid index exist already: startTestEmulator provisions through the deploy.
  })
  afterAll(() => t.close())

  const read = async (id: string): Promise<Record<string, unknown>> => (await t.db.collection('docs').doc(id).get()).data[0]

  it('adds one or many documents and generates 32-hex ids', async () => {
    const one = await t.db.collection('docs').add({ n: 1 })
    expect(one.id).toMatch(/^[0-9a-f]{32}$/)
    const many = await t.db.collection('docs').add([{ _id: 'm1' }, { _id: 'm2' }])
    expect(many.ids).toEqual(['m1', 'm2'])
  })

  it('applies every update operator the SDK encodes', async () => {
    const _ = t.db.command
    await t.db
      .collection('docs')
      .add({ _id: 'ops', n: 1, m: 3, lo: 5, hi: 5, tags: ['a'], set: ['x'], stack: [1, 2, 3], gone: true, nested: { k: 1, keep: true } })
    await t.db
      .collection('docs')
      .doc('ops')
      .update({
        n: _.inc(2),
        m: _.mul(4),
        lo: _.min(2),
        hi: _.max(9),
        tags: _.push(['b', 'c']),
        set: _.addToSet('x'),
        stack: _.pop(),
        gone: _.remove(),
        nested: { k: 2 },
        'deep.path': 'v',
        at: t.db.serverDate()
      })
    const doc = await read('ops')
    expect(doc).toMatchObject({
      n: 3,
      m: 12,
      lo: 2,
      hi: 9,
      tags: ['a', 'b', 'c'],
      set: ['x'],
      stack: [1, 2],
      nested: { k: 2, keep: true },
      deep: { path: 'v' }
    })
    expect(doc).not.toHaveProperty('gone')
    expect(Math.abs((doc.at as Date).getTime() - Date.now())).toBeLessThan(5000)
    await t.db
      .collection('docs')
      .doc('ops')
      .update({ tags: _.pull('b'), stack: _.shift() })
    expect(await read('ops')).toMatchObject({ tags: ['a', 'c'], stack: [2] })
  })

  it('set() replaces the whole document and upserts a missing one', async () => {
    await t.db.collection('docs').add({ _id: 's1', a: 1, b: 2 })
    const replaced = await t.db.collection('docs').doc('s1').set({ c: 3 })
    expect(replaced.updated).toBe(1)
    expect(await read('s1')).toEqual({ _id: 's1', c: 3 })
    const created = await t.db.collection('docs').doc('s2').set({ d: 4 })
    expect(created.upsertedId).toBe('s2')
    expect(await read('s2')).toEqual({ _id: 's2', d: 4 })
  })

  it('updates every matching document with where().update()', async () => {
    const _ = t.db.command
    await t.db.collection('docs').add([
      { _id: 'w1', group: 'g', v: 1 },
      { _id: 'w2', group: 'g', v: 2 },
      { _id: 'w3', group: 'h', v: 3 }
    ])
    const result = await t.db
      .collection('docs')
      .where({ group: 'g' })
      .update({ v: _.inc(10) })
    expect(result.updated).toBe(2)
    expect((await read('w1')).v).toBe(11)
    expect((await read('w3')).v).toBe(3)
  })

  it('updateAndReturn() returns the document after the update', async () => {
    const _ = t.db.command
    await t.db.collection('docs').add({ _id: 'r1', seq: 7 })
    const result = await t.db
      .collection('docs')
      .where({ _id: 'r1' })
      .updateAndReturn({ seq: _.inc(1) })
    expect(result.updated).toBe(1)
    expect(result.doc).toEqual({ _id: 'r1', seq: 8 })
  })

  it('removes one by id, many by where, and all with an empty where', async () => {
    await t.db.createCollection('trash')
    const trash = t.db.collection('trash')
    await trash.add([
      { _id: 't1', k: 1 },
      { _id: 't2', k: 2 },
      { _id: 't3', k: 2 },
      { _id: 't4', k: 3 }
    ])
    expect((await trash.doc('t1').remove()).deleted).toBe(1)
    expect((await trash.where({ k: 2 }).remove()).deleted).toBe(2)
    expect((await trash.where({}).remove()).deleted).toBe(1)
    expect((await trash.count()).total).toBe(0)
  })

  it('ends 300 concurrent _.inc on one document exact', async () => {
    const _ = t.db.command
    await t.db.collection('docs').add({ _id: 'counter', n: 0 })
    await Promise.all(
      Array.from({ length: 300 }, () =>
        t.db
          .collection('docs')
          .doc('counter')
          .update({ n: _.inc(1) })
      )
    )
    expect((await read('counter')).n).toBe(300)
  })

  it('keeps concurrent _.push entries, none lost', async () => {
    const _ = t.db.command
    await t.db.collection('docs').add({ _id: 'list', items: [] })
    await Promise.all(
      Array.from({ length: 100 }, (_unused, i) =>
        t.db
          .collection('docs')
          .doc('list')
          .update({ items: _.push(i) })
      )
    )
    const items = (await read('list')).items as number[]
    expect([...items].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_unused, i) => i))
  })

  it('rejects a duplicate _id with DATABASE_DUPLICATE_WRITE and writes nothing of the batch', async () => {
    await t.db.collection('docs').add({ _id: 'dup', v: 1 })
    await expect(t.db.collection('docs').add({ _id: 'dup', v: 2 })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    await expect(t.db.collection('docs').add([{ _id: 'fresh-1' }, { _id: 'dup' }])).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    expect((await t.db.collection('docs').doc('fresh-1').get()).data).toEqual([])
    expect((await read('dup')).v).toBe(1)
  })

  it('enforces the project-declared unique index on insert and update; a sparse one ignores missing keys', async () => {
    const members = t.db.collection('members')
    await members.add([{ _id: 'a', openid: 'o-1' }, { _id: 'b' }, { _id: 'c' }])
    await expect(members.add({ _id: 'd', openid: 'o-1' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    await expect(members.doc('b').update({ openid: 'o-1' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    expect((await members.doc('b').get()).data[0]).toEqual({ _id: 'b' })
    await members.doc('a').update({ openid: 'o-2' })
    await members.doc('b').update({ openid: 'o-1' })
    expect((await members.where({ openid: 'o-1' }).get()).data.map((doc: { _id: string }) => doc._id)).toEqual(['b'])
  })

  it('reports a missing collection for every kind of call', async () => {
    const ghost = t.db.collection('ghost')
    const missing = { code: 'DATABASE_COLLECTION_NOT_EXIST' }
    await expect(ghost.get()).rejects.toMatchObject(missing)
    await expect(ghost.add({ a: 1 })).rejects.toMatchObject(missing)
    await expect(ghost.doc('x').update({ a: 1 })).rejects.toMatchObject(missing)
    await expect(ghost.where({}).remove()).rejects.toMatchObject(missing)
    await expect(ghost.count()).rejects.toMatchObject(missing)
    await expect(ghost.aggregate().match({}).end()).rejects.toMatchObject(missing)
  })

  it('refuses to create a collection twice', async () => {
    await expect(t.db.createCollection('docs')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' })
  })

  it('answers bad input with CloudBase error shape and writes nothing', async () => {
    const before = (await t.db.collection('docs').count()).total
    const unknown = await postAdmin(t.emulator.adminUrl, JSON.stringify({ action: 'database.teleport', collectionName: 'docs' }))
    expect(unknown).toMatchObject({ code: 'INVALID_ACTION', message: expect.stringContaining('database.teleport') })
    const malformed = await postAdmin(t.emulator.adminUrl, '{"action": "database.insertDocument", ')
    expect(malformed).toMatchObject({ code: 'INVALID_REQUEST_BODY', message: expect.stringContaining('JSON') })
    const noAction = await postAdmin(t.emulator.adminUrl, '{"collectionName":"docs"}')
    expect(noAction).toMatchObject({ code: 'INVALID_ACTION', message: expect.stringContaining('action') })
    const badData = await postAdmin(t.emulator.adminUrl, JSON.stringify({ action: 'database.insertDocument', collectionName: 'docs', data: ['{not ejson'] }))
    expect(badData).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringContaining('data[0]') })
    const wrongType = await postAdmin(t.emulator.adminUrl, JSON.stringify({ action: 'database.insertDocument', collectionName: 'docs', data: 'nope' }))
    expect(wrongType).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringContaining('data') })
    const badUpdate = await postAdmin(
      t.emulator.adminUrl,
      JSON.stringify({
        action: 'database.modifyDocument',
        collectionName: 'docs',
        queryType: 'WHERE',
        query: '{}',
        multi: true,
        merge: true,
        data: '{"$frobnicate":{"a":1}}'
      })
    )
    expect(badUpdate).toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringContaining('$frobnicate') })
    for (const reply of [unknown, malformed, noAction, badData, wrongType, badUpdate]) expect(reply.requestId).toEqual(expect.any(String))
    expect((await t.db.collection('docs').count()).total).toBe(before)
  })
})
