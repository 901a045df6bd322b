import { startDemoEmulator } from '../support/demo'
import type { Result } from '../../cloudfunctions/_shared/contract/envelope'
import { callAs, gateway, snapshot, type ActionOf, type Caller, type Gateway, type PayloadOf } from '../support/gateway'
import { setClock } from '../support/meetings'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/**
 * Issue 13, item 4 (answers to review): 工作台's 讨论待批阅 through the
 * functions. `reviews.pending` counts, per recent notice and branch, the
 * submitted answers that wait for review, for whoever may review them there
 * (the guard of `answers.review`), and nobody else; read only.
 */
describe('reviews.pending: 讨论待批阅 on the 工作台', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const orgDept = people.orgDepartment.openId
  const secretary = people.staff1Secretary.openId // 教工第一党支部
  const general = people.staffGeneralSecretary.openId // 教工党总支
  const otherSecretary = people.staff2Secretary.openId // 教工第二党支部
  const studentGeneral = people.studentGeneralSecretary.openId
  const [alice, bob, carol] = [people.staff1GroupMember, people.staff1MobileMember, people.staff1Member]
  const branch = 'u-b-staff-1'
  const call = <A extends ActionOf<'notices'>>(as: Caller, action: A, payload: PayloadOf<'notices', A>) => gw.call('notices', action, payload, as)
  const ok = async <T>(pending: Promise<Result<T>>): Promise<T> => {
    const result = await pending
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    return result.data
  }
  const pendingOf = async (as: Caller) => ok(call(as, 'reviews.pending', {}))
  /** The count shown for this notice in this branch (0 when not listed). */
  const countFor = async (as: Caller, noticeId: string, unitId = branch): Promise<number> =>
    (await pendingOf(as)).items.find((item) => item.noticeId === noticeId && item.unitId === unitId)?.pending ?? 0
  const publish = async (issueNo: number, days = 10): Promise<string> => {
    const id = (await ok(call(orgDept, 'notices.saveDraft', { draft: sampleDraft(issueNo, days) }))).id
    await ok(call(orgDept, 'notices.publish', { id }))
    return id
  }
  const answer = (as: Caller, id: string, text = '结合岗位实际认真学习，扎实践行。') => ok(call(as, 'answers.submit', { id, answers: [text] }))

  let id = ''

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    id = await publish(41)
  })
  afterAll(() => demo.close())

  it('counts submitted answers as they come in and go out as they are reviewed', async () => {
    expect(await countFor(secretary, id)).toBe(0)
    await answer(alice.openId, id)
    await answer(bob.openId, id)
    const listed = await pendingOf(secretary)
    expect(listed.items.find((item) => item.noticeId === id)).toMatchObject({
      noticeId: id,
      title: '党员学习教育安排 2026年第41期',
      unitId: branch,
      unitName: '教工第一党支部',
      pending: 2,
      publishedAt: expect.any(String)
    })
    expect(listed.total).toBe(listed.items.reduce((sum, item) => sum + item.pending, 0))
    expect(listed.truncated).toBe(false)
    // Viewing or reading without submitting is nothing to review.
    await ok(call(carol.openId, 'notices.read', { id, materialIndex: 0 }))
    expect(await countFor(secretary, id)).toBe(2)

    // The 党总支 and the 组织部 may review there too (answers.review's guard), and see the same count.
    expect(await countFor(general, id)).toBe(2)
    expect(await countFor(orgDept, id)).toBe(2)

    // 已阅 takes one out; 退回修改 takes one out until the member edits it, then it waits again.
    await ok(call(secretary, 'answers.review', { id, memberId: alice.memberId, status: 'accepted' }))
    expect(await countFor(secretary, id)).toBe(1)
    await ok(call(secretary, 'answers.review', { id, memberId: bob.memberId, status: 'returned', comment: '请结合实际再写具体些' }))
    expect(await countFor(secretary, id)).toBe(0)
    expect((await pendingOf(secretary)).items.some((item) => item.noticeId === id)).toBe(false)
    await answer(bob.openId, id, '结合本职工作，具体谈了三点体会和今后的打算。')
    expect(await countFor(secretary, id)).toBe(1)
    await answer(carol.openId, id)
    expect(await countFor(secretary, id)).toBe(2)
  })

  it('shows a plain member and another branch\u2019s secretary nothing of this branch; a stranger and extra fields are refused', async () => {
    for (const who of [alice.openId, carol.openId]) expect(await pendingOf(who)).toEqual({ items: [], total: 0, truncated: false })
    for (const who of [otherSecretary, studentGeneral]) {
      const seen = await pendingOf(who)
      expect(seen.items.filter((item) => item.unitId === branch)).toEqual([])
    }
    // Another branch's secretary does see its own branch once one of its members answers.
    const staff2Member = people.staff2Members[0]
    await answer(staff2Member.openId, id)
    expect(await countFor(otherSecretary, id, 'u-b-staff-2')).toBe(1)
    expect(await countFor(secretary, id, 'u-b-staff-2')).toBe(0)
    expect(await countFor(general, id, 'u-b-staff-2')).toBe(1)
    expect(await callAs(demo.emulator.url, 'stranger-openid', 'notices', 'reviews.pending', {})).toMatchObject({ ok: false })
    expect(await callAs(demo.emulator.url, secretary, 'notices', 'reviews.pending', { unitId: 'u-b-staff-2' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
  })

  it('is read only: a retry returns the same and writes nothing', async () => {
    const before = await snapshot(demo.emulator.url)
    const first = await pendingOf(secretary)
    const again = await pendingOf(secretary)
    expect(again).toEqual(first)
    expect(await snapshot(demo.emulator.url)).toEqual(before)
  })

  it('leaves out a withdrawn notice, and notices older than 30 days', async () => {
    const other = await publish(42)
    await answer(alice.openId, other)
    expect(await countFor(secretary, other)).toBe(1)
    await ok(call(orgDept, 'notices.withdraw', { id: other, reason: '内容有误' }))
    const seen = await pendingOf(secretary)
    expect(seen.items.some((item) => item.noticeId === other)).toBe(false)
    expect(seen.items.find((item) => item.noticeId === id)?.pending).toBe(2)
    // 31 days on, the notice is out of the window, answers still unreviewed: the cost never grows with history.
    try {
      await setClock(demo.emulator.url, new Date(Date.now() + 31 * 24 * 60 * 60 * 1000).toISOString())
      expect((await pendingOf(secretary)).items.some((item) => item.noticeId === id)).toBe(false)
    } finally {
      await setClock(demo.emulator.url, null)
    }
  })
})
