import { postAdmin, startTestEmulator, type TestEmulator } from '../support/emulator'

/** SDK conformance: transactions are isolated, and the SDK's retry resolves conflicts. */
describe('transactions through the real SDK', () => {
  let t: TestEmulator

  beforeAll(async () => {
    t = await startTestEmulator()
    await t.db.createCollection('accounts')
  })
  afterAll(() => t.close())

  const balance = async (id: string): Promise<number> => (await t.db.collection('accounts').doc(id).get()).data[0]?.balance

  it('commits several single-document writes together', async () => {
    await t.db.collection('accounts').add([
      { _id: 'a', balance: 100 },
      { _id: 'b', balance: 0 }
    ])
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK ships no types for the transaction object
    await t.db.runTransaction(async (txn: any) => {
      const from = (await txn.collection('accounts').doc('a').get()).data
      await txn
        .collection('accounts')
        .doc('a')
        .update({ balance: from.balance - 30 })
      await txn.collection('accounts').doc('b').update({ balance: 30 })
      await txn.collection('accounts').add({ _id: 'log-1', note: 'a→b 30' })
    })
    expect(await balance('a')).toBe(70)
    expect(await balance('b')).toBe(30)
    expect((await t.db.collection('accounts').doc('log-1').get()).data).toHaveLength(1)
  })

  it('hides uncommitted writes from other readers, and rollback discards them', async () => {
    await t.db.collection('accounts').add({ _id: 'iso', balance: 1 })
    const txn = await t.db.startTransaction()
    await txn.collection('accounts').doc('iso').update({ balance: 2 })
    expect((await txn.collection('accounts').doc('iso').get()).data.balance).toBe(2)
    expect(await balance('iso')).toBe(1)
    await txn.rollback()
    expect(await balance('iso')).toBe(1)
  })

  it('returns null for a missing document inside a transaction', async () => {
    const txn = await t.db.startTransaction()
    expect((await txn.collection('accounts').doc('nobody').get()).data).toBeNull()
    await txn.rollback()
  })

  it('fails a transaction whose document changed after it started', async () => {
    await t.db.collection('accounts').add({ _id: 'race', balance: 10 })
    const txn = await t.db.startTransaction()
    await txn.collection('accounts').doc('race').get()
    await t.db.collection('accounts').doc('race').update({ balance: 11 })
    await expect(txn.collection('accounts').doc('race').update({ balance: 99 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(await balance('race')).toBe(11)
  })

  it('lets the first of two writers win and fails the second', async () => {
    await t.db.collection('accounts').add({ _id: 'ww', balance: 0 })
    const first = await t.db.startTransaction()
    const second = await t.db.startTransaction()
    await first.collection('accounts').doc('ww').update({ balance: 1 })
    await expect(second.collection('accounts').doc('ww').update({ balance: 2 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    await first.commit()
    expect(await balance('ww')).toBe(1)
  })

  it('fails a commit when a plain write raced the transaction', async () => {
    await t.db.collection('accounts').add({ _id: 'late', balance: 0 })
    const txn = await t.db.startTransaction()
    await txn.collection('accounts').doc('late').update({ balance: 5 })
    await t.db.collection('accounts').doc('late').update({ balance: 7 })
    await expect(txn.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(await balance('late')).toBe(7)
  })

  it('read-modify-write from concurrent runTransaction calls ends exact thanks to the SDK retry', async () => {
    await t.db.collection('accounts').add({ _id: 'shared', balance: 0 })
    const silence = jest.spyOn(console, 'log').mockImplementation(() => undefined)
    const attempts = { count: 0 }
    const bump = (): Promise<unknown> =>
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK ships no types for the transaction object
      t.db.runTransaction(async (txn: any) => {
        attempts.count += 1
        const current = (await txn.collection('accounts').doc('shared').get()).data.balance as number
        await new Promise((resolve) => setTimeout(resolve, 5))
        await txn
          .collection('accounts')
          .doc('shared')
          .update({ balance: current + 1 })
      }, 10)
    // Sequential waves of 3 keep within the SDK's retry budget while still overlapping.
    for (let wave = 0; wave < 5; wave += 1) await Promise.all([bump(), bump(), bump()])
    silence.mockRestore()
    expect(await balance('shared')).toBe(15)
    expect(attempts.count).toBeGreaterThan(15) // conflicts happened and were retried
  })

  it('rejects a where() write that names a transaction (CloudBase allows single documents only)', async () => {
    // The SDK's where().update() never sends the transactionId (it runs outside the transaction), so use a raw request.
    const txn = await t.db.startTransaction()
    const reply = await postAdmin(
      t.emulator.adminUrl,
      JSON.stringify({
        action: 'database.modifyDocument',
        collectionName: 'accounts',
        queryType: 'WHERE',
        query: '{}',
        multi: true,
        merge: true,
        data: '{"$set":{"balance":1}}',
        transactionId: txn.getTransactionId()
      })
    )
    expect(reply).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringContaining('单文档') })
    await txn.rollback()
    expect(await balance('a')).toBe(70)
  })
})
