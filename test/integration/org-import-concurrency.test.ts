import type { Result } from '../../cloudfunctions/_shared/contract/envelope'
import type { ImportCommitResult, ImportMemberRow } from '../../cloudfunctions/_shared/contract/org'
import type { MemberDoc } from '../../cloudfunctions/_shared/data/org-docs'
import { newMemberDoc } from '../../cloudfunctions/org/member-doc'
import { startDemoEmulator } from '../support/demo'
import { gateway, snapshot } from '../support/gateway'
import { people } from '../support/people'

/**
 * import.commit called twice at once (a double tap, a retry), by two
 * secretaries with different files, with overlapping rows, after a crash
 * halfway, and by someone who may not: every answer is ok or a typed refusal,
 * each row is created once, and the branch's memberCount matches its members.
 */
describe('org import under concurrency and retries', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const secretary = people.staff1Secretary.openId // 教工第一党支部 · 书记
  const plainMember = people.staff1Member.openId // 教工第一党支部 · 党员
  const BRANCH = 'u-b-staff-1'
  const BRANCH_NAME = '教工第一党支部'
  let unitPath = ''

  beforeAll(async () => {
    demo = await startDemoEmulator()
    unitPath = ((await demo.db.collection('units').doc(BRANCH).get()).data[0] as { path: string }).path
  })
  afterAll(() => demo.close())

  /** Rows numbered from `from`, with phones no demo member has; `series` keeps each test's phones apart. */
  const rows = (series: number, from: number, count: number): ImportMemberRow[] =>
    Array.from({ length: count }, (_unused, i) => {
      const n = from + i
      return {
        row: n + 2,
        name: `并发${series}-${n}`,
        phone: `137${String(series).padStart(2, '0')}${String(n).padStart(6, '0')}`,
        unitName: BRANCH_NAME,
        groupName: null,
        type: '正式党员',
        category: '在职'
      }
    })

  const commit = (rowsToSend: ImportMemberRow[], openId = secretary): Promise<Result<ImportCommitResult>> =>
    gateway(demo.emulator.url).call('org', 'import.commit', { unitId: BRANCH, rows: rowsToSend }, openId)

  const okData = (results: Array<Result<ImportCommitResult>>): ImportCommitResult[] =>
    results.map((result) => {
      if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`)
      return result.data
    })

  /** Members with one of these phones, read straight from the database. */
  async function membersWithPhones(phones: string[]): Promise<MemberDoc[]> {
    const _ = demo.db.command
    const { data } = await demo.db
      .collection('members')
      .where({ phone: _.in(phones) })
      .limit(1000)
      .get()
    return data as MemberDoc[]
  }

  /** The branch's counter next to what it counts, read straight from the database. */
  async function counter(): Promise<{ memberCount: number; active: number }> {
    const unit = (await demo.db.collection('units').doc(BRANCH).get()).data[0] as { memberCount: number }
    const active = (await demo.db.collection('members').where({ unitId: BRANCH, status: 'active' }).count()).total
    return { memberCount: unit.memberCount, active }
  }

  /** Fires the calls at the same moment and checks what every import must guarantee. */
  async function together(batches: ImportMemberRow[][]): Promise<ImportCommitResult[]> {
    const before = await counter()
    const answers = okData(await Promise.all(batches.map((batch) => commit(batch))))
    const distinct = [...new Set(batches.flat().map((row) => row.phone))]
    const stored = await membersWithPhones(distinct)
    // Each phone is one member, created by exactly one answer; nothing else was counted as new.
    expect(stored).toHaveLength(distinct.length)
    expect(answers.reduce((sum, answer) => sum + answer.created, 0)).toBe(distinct.length)
    answers.forEach((answer, i) => {
      expect(answer.elsewhere).toEqual([])
      expect(answer.created + answer.unchanged).toBe(batches[i].length)
    })
    const after = await counter()
    expect(after.memberCount).toBe(after.active)
    expect(after.memberCount).toBe(before.memberCount + distinct.length)
    return answers
  }

  it('the same rows twice at once (a double tap): both ok, each row created once', async () => {
    const batch = rows(1, 0, 20)
    const answers = await together([batch, batch])
    expect(answers.map((a) => a.created).sort((a, b) => a - b)).toEqual([0, 20])
  })

  it('the same rows five times at once: all ok, one answer created them', async () => {
    const batch = rows(2, 0, 20)
    const answers = await together([batch, batch, batch, batch, batch])
    expect(answers.filter((a) => a.created === 20)).toHaveLength(1)
    expect(answers.filter((a) => a.created === 0 && a.unchanged === 20)).toHaveLength(4)
  })

  it('two secretaries importing different files at once: both ok, both counted', async () => {
    const answers = await together([rows(3, 0, 50), rows(3, 50, 50)])
    expect(answers.map((a) => a.created)).toEqual([50, 50])
  })

  it('five different full chunks at once: all ok, all counted', async () => {
    const answers = await together([0, 1, 2, 3, 4].map((i) => rows(4, i * 50, 50)))
    expect(answers.map((a) => a.created)).toEqual([50, 50, 50, 50, 50])
  })

  it('overlapping rows at once: every distinct row created once, the overlap unchanged elsewhere', async () => {
    // 0–29, 15–44, 30–59, 10–59 and 45–74 (50 rows at most per call): most rows are in two or three batches.
    await together([rows(5, 0, 30), rows(5, 15, 30), rows(5, 30, 30), rows(5, 10, 50), rows(5, 45, 30)])
  })

  it("still names rows whose phone is registered outside the caller's scope, also at once", async () => {
    const { data } = await demo.db.collection('members').where({ unitId: 'u-b-student-1' }).limit(1).get()
    const outsider = data[0] as MemberDoc
    const batch = [...rows(6, 0, 5), { ...rows(6, 5, 1)[0], phone: outsider.phone }]
    const before = await counter()
    const answers = okData(await Promise.all([commit(batch), commit(batch)]))
    for (const answer of answers) expect(answer.elsewhere).toEqual([batch[5].row])
    expect(answers.map((a) => a.created).sort((a, b) => a - b)).toEqual([0, 5])
    expect(answers.map((a) => a.unchanged).sort((a, b) => a - b)).toEqual([0, 5])
    const after = await counter()
    expect(after).toEqual({ memberCount: before.memberCount + 5, active: before.active + 5 })
    // The outsider stays where they were.
    expect((await demo.db.collection('members').doc(outsider._id).get()).data[0]).toMatchObject({ unitId: 'u-b-student-1' })
  })

  it('a retry after the answer was lost changes nothing', async () => {
    const batch = rows(7, 0, 10)
    expect(okData([await commit(batch)])[0]).toEqual({ created: 10, unchanged: 0, elsewhere: [] })
    const before = await snapshot(demo.emulator.url)
    expect(okData([await commit(batch)])[0]).toEqual({ created: 0, unchanged: 10, elsewhere: [] })
    expect(await snapshot(demo.emulator.url)).toBe(before)
  })

  it('a retry after an earlier part committed finishes the job with the right memberCount', async () => {
    // What a committed first half leaves behind: its members and its increment, in one transaction.
    const batch = rows(8, 0, 12)
    const at = new Date()
    const firstHalf = batch.slice(0, 6).map((row) => newMemberDoc({ ...row, branch: { id: BRANCH, path: unitPath }, groupId: null }, at))
    const txn = await demo.db.startTransaction()
    for (const { _id, ...fields } of firstHalf) await txn.collection('members').doc(_id).set(fields)
    await txn
      .collection('units')
      .doc(BRANCH)
      .update({ memberCount: demo.db.command.inc(firstHalf.length) })
    await txn.commit()
    expect(okData([await commit(batch)])[0]).toEqual({ created: 6, unchanged: 6, elsewhere: [] })
    const after = await counter()
    expect(after.memberCount).toBe(after.active)
    expect(await membersWithPhones(batch.map((row) => row.phone))).toHaveLength(12)
  })

  it("a retry while a crashed call's transaction is still open answers IMPORT_BUSY and writes nothing; once it is gone the retry finishes", async () => {
    const batch = rows(9, 0, 8)
    // A function killed halfway through its transaction: some members written, the counter not yet, never committed.
    const crashed = await demo.db.startTransaction()
    for (const { _id, ...fields } of batch.slice(0, 3).map((row) => newMemberDoc({ ...row, branch: { id: BRANCH, path: unitPath }, groupId: null }))) {
      await crashed.collection('members').doc(_id).set(fields)
    }
    const before = await snapshot(demo.emulator.url)
    const busy = await commit(batch)
    expect(busy).toEqual({ ok: false, error: { code: 'IMPORT_BUSY', message: '另一批导入正在进行，请稍后重试' } })
    expect(await snapshot(demo.emulator.url)).toBe(before)
    // The platform aborts an abandoned transaction (the emulator after 30 s idle); here at once.
    await crashed.rollback(undefined)
    expect(okData([await commit(batch)])[0]).toEqual({ created: 8, unchanged: 0, elsewhere: [] })
    const after = await counter()
    expect(after.memberCount).toBe(after.active)
  })

  it('a plain member is refused and nothing is written, also when the call arrives twice at once', async () => {
    const before = await snapshot(demo.emulator.url)
    const answers = await Promise.all([commit(rows(10, 0, 5), plainMember), commit(rows(10, 0, 5), plainMember)])
    for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await snapshot(demo.emulator.url)).toBe(before)
  })
})
