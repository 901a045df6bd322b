import { startTestEmulator, postAdmin, type TestEmulator } from '../support/emulator'

/** SDK conformance: reads. Every call goes through the unmodified @cloudbase/node-sdk. */
describe('database reads through the real SDK', () => {
  let t: TestEmulator

  beforeAll(async () => {
    t = await startTestEmulator()
    await t.db.createCollection('people')
    await t.db.collection('people').add([
      { _id: 'p1', name: 'Alice', age: 31, unit: { name: '一支部', level: 2 }, tags: ['a', 'b'], joined: new Date('2020-01-05T00:00:00Z') },
      { _id: 'p2', name: 'bob', age: 45, unit: { name: '二支部', level: 2 }, tags: ['b'], joined: new Date('2021-06-01T00:00:00Z') },
      { _id: 'p3', name: 'Carol', age: 27, unit: { name: '一支部', level: 3 }, tags: [], retired: true, joined: new Date('2019-03-01T00:00:00Z') }
    ])
  })
  afterAll(() => t.close())

  const ids = (docs: unknown[]): string[] => (docs as Array<{ _id: string }>).map((doc) => doc._id).sort()

  it('supports comparison, logical, array, existence and regex operators', async () => {
    const _ = t.db.command
    const people = t.db.collection('people')
    expect(ids((await people.where({ age: _.gt(30) }).get()).data)).toEqual(['p1', 'p2'])
    expect(ids((await people.where({ age: _.gte(27).and(_.lt(40)) }).get()).data)).toEqual(['p1', 'p3'])
    expect(ids((await people.where({ name: _.in(['bob', 'Carol']) }).get()).data)).toEqual(['p2', 'p3'])
    expect(ids((await people.where({ age: _.nin([31, 45]) }).get()).data)).toEqual(['p3'])
    expect(ids((await people.where({ age: _.neq(31) }).get()).data)).toEqual(['p2', 'p3'])
    expect(ids((await people.where(_.or([{ age: 45 }, { retired: true }])).get()).data)).toEqual(['p2', 'p3'])
    expect(ids((await people.where({ retired: _.exists(false) }).get()).data)).toEqual(['p1', 'p2'])
    expect(ids((await people.where({ tags: 'b' }).get()).data)).toEqual(['p1', 'p2'])
    expect(ids((await people.where({ tags: _.size(0) }).get()).data)).toEqual(['p3'])
    expect(ids((await people.where({ name: t.db.RegExp({ regexp: '^[ab]', options: 'i' }) }).get()).data)).toEqual(['p1', 'p2'])
    expect(ids((await people.where({ joined: _.lt(new Date('2020-06-01T00:00:00Z')) }).get()).data)).toEqual(['p1', 'p3'])
  })

  it('answers queries by _id (equal or in a list) as a primary key would, the rest of the query still deciding', async () => {
    const _ = t.db.command
    const people = t.db.collection('people')
    expect(ids((await people.where({ _id: _.in(['p1', 'p3', 'nobody', 'p1']) }).get()).data)).toEqual(['p1', 'p3'])
    expect(ids((await people.where({ _id: _.in(['p1', 'p3']), age: _.gt(30) }).get()).data)).toEqual(['p1'])
    expect(ids((await people.where({ _id: 'p2', name: 'bob' }).get()).data)).toEqual(['p2'])
    expect(ids((await people.where({ _id: 'p2', name: 'alice' }).get()).data)).toEqual([])
    expect((await people.where({ _id: _.in(['p1', 'p2']), retired: _.exists(false) }).count()).total).toBe(2)
    expect(await people.where({ _id: _.in(['p2', 'p3']), age: _.gt(40) }).update({ checked: true })).toMatchObject({ updated: 1 })
    expect(ids((await people.where({ checked: true }).get()).data)).toEqual(['p2'])
  })

  it('matches nested objects by dot path', async () => {
    const people = t.db.collection('people')
    expect(ids((await people.where({ unit: { name: '一支部' } }).get()).data)).toEqual(['p1', 'p3'])
    expect(ids((await people.where({ 'unit.level': 3 }).get()).data)).toEqual(['p3'])
  })

  it('orders, skips, limits and projects', async () => {
    const page = await t.db.collection('people').orderBy('age', 'desc').skip(1).limit(1).field({ name: true }).get()
    expect(page.data).toEqual([{ _id: 'p1', name: 'Alice' }])
  })

  it('returns dates as dates', async () => {
    const { data } = await t.db.collection('people').doc('p1').get()
    expect(data[0].joined).toBeInstanceOf(Date)
    expect((data[0].joined as Date).toISOString()).toBe('2020-01-05T00:00:00.000Z')
  })

  it('gets one document by _id, or none', async () => {
    expect((await t.db.collection('people').doc('p2').get()).data).toHaveLength(1)
    expect((await t.db.collection('people').doc('nope').get()).data).toEqual([])
  })

  it('counts matching documents', async () => {
    const _ = t.db.command
    expect((await t.db.collection('people').count()).total).toBe(3)
    expect(
      (
        await t.db
          .collection('people')
          .where({ age: _.lt(40) })
          .count()
      ).total
    ).toBe(2)
  })

  it('aggregates with match, group, sort and lookup', async () => {
    const $ = t.db.command.aggregate
    const { data } = await t.db
      .collection('people')
      .aggregate()
      .group({ _id: '$unit.name', total: $.sum(1), avgAge: $.avg('$age') })
      .sort({ _id: 1 })
      .end()
    expect(data).toEqual([
      { _id: '一支部', total: 2, avgAge: 29 },
      { _id: '二支部', total: 1, avgAge: 45 }
    ])
    // \`units\` exists already (startTestEmulator provisions the declared collections through the deploy).
    await t.db.collection('units').add({ _id: 'u1', name: '一支部', secretary: 'Alice' })
    const joined = await t.db
      .collection('people')
      .aggregate()
      .match({ _id: 'p3' })
      .lookup({ from: 'units', localField: 'unit.name', foreignField: 'name', as: 'units' })
      .project({ _id: 0, secretary: '$units.secretary' })
      .end()
    expect(joined.data).toEqual([{ secretary: ['Alice'] }])
  })

  it('rejects an unknown query operator with CloudBase error shape and names it', async () => {
    const reply = await postAdmin(
      t.emulator.adminUrl,
      JSON.stringify({ action: 'database.getDocument', collectionName: 'people', queryType: 'WHERE', query: '{"age":{"$bogus":1}}', limit: 10 })
    )
    expect(reply.code).toBe('DATABASE_REQUEST_FAILED')
    expect(String(reply.message)).toContain('$bogus')
    expect(reply.requestId).toEqual(expect.any(String))
  })
})

describe('pagination limits', () => {
  let t: TestEmulator

  beforeAll(async () => {
    t = await startTestEmulator()
    await t.db.createCollection('rows')
    const rows = Array.from({ length: 1200 }, (_, i) => ({ _id: `r${String(i).padStart(4, '0')}`, i }))
    for (let start = 0; start < rows.length; start += 400) await t.db.collection('rows').add(rows.slice(start, start + 400))
  })
  afterAll(() => t.close())

  it('defaults a read to 100 documents', async () => {
    expect((await t.db.collection('rows').get()).data).toHaveLength(100)
  })

  it('returns 1000 when asked for 1000, and never more even when a raw request asks', async () => {
    expect((await t.db.collection('rows').limit(1000).get()).data).toHaveLength(1000)
    const reply = await postAdmin(
      t.emulator.adminUrl,
      JSON.stringify({ action: 'database.getDocument', collectionName: 'rows', queryType: 'WHERE', limit: 5000 })
    )
    expect((reply.data as { list: unknown[] }).list).toHaveLength(1000)
  })

  it('pages through everything with skip + limit, in order, without gaps or repeats', async () => {
    const seen: number[] = []
    for (let offset = 0; ; offset += 500) {
      const { data } = await t.db.collection('rows').orderBy('i', 'asc').skip(offset).limit(500).get()
      seen.push(...(data as Array<{ i: number }>).map((row) => row.i))
      if (data.length < 500) break
    }
    expect(seen).toEqual(Array.from({ length: 1200 }, (_, i) => i))
  })

  it('returns 20 aggregation results without $limit (as CloudBase does) and at most 1000 with one', async () => {
    expect((await t.db.collection('rows').aggregate().match({}).end()).data).toHaveLength(20)
    expect((await t.db.collection('rows').aggregate().limit(5000).end()).data).toHaveLength(1000)
  })

  it('counts past the read cap', async () => {
    expect((await t.db.collection('rows').count()).total).toBe(1200)
  })
})
