import { startDemoEmulator } from '../support/demo'
import type { Result } from '../../cloudfunctions/_shared/contract/envelope'
import { gateway, snapshot, type ActionOf, type Caller, type Gateway, type PayloadOf } from '../support/gateway'
import { recountMismatches, settleCounts } from '../support/recount'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/**
 * Issue 13, items 1, 5 and 6 through the functions: a past notice is published
 * only on purpose; a published one can be withdrawn (撤回) until its study day
 * or corrected (更正) keeping answers; push and 催办 name who a message cannot
 * reach, and a 催办 that reached nobody leaves the day unused.
 */
describe('a study notice after publishing', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const orgDept = people.orgDepartment.openId
  const secretary = people.staff1Secretary.openId // 教工第一党支部
  const general = people.staffGeneralSecretary.openId
  const otherSecretary = people.student1Secretary.openId
  const [alice, bob, carol] = [people.staff1GroupMember.openId, people.staff1MobileMember.openId, people.staff1Member.openId]
  const branch = 'u-b-staff-1'
  const call = <A extends ActionOf<'notices'>>(as: Caller, action: A, payload: PayloadOf<'notices', A>) => gw.call('notices', action, payload, as)
  const ok = async <T>(pending: Promise<Result<T>>): Promise<T> => {
    const result = await pending
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    return result.data
  }
  const outbox = async (): Promise<Array<{ data: { touser: string; data: { thing3: { value: string } } } }>> =>
    (
      (await (await fetch(`${demo.emulator.url}/_emulator/outbox?apiName=%2Fcgi-bin%2Fmessage%2Fsubscribe%2Fsend`)).json()) as {
        messages: Array<{ data: { touser: string; data: { thing3: { value: string } } } }>
      }
    ).messages
  const draft = async (issueNo: number, days: number): Promise<string> =>
    (await ok(call(orgDept, 'notices.saveDraft', { draft: sampleDraft(issueNo, days) }))).id

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
  })
  afterAll(() => demo.close())

  it('refuses a notice whose study day has passed with NOTICE_IN_PAST, writing nothing, then publishes it with allowPast', async () => {
    const id = await draft(31, -3)
    const before = await snapshot(demo.emulator.url)
    expect(await call(orgDept, 'notices.publish', { id })).toMatchObject({
      ok: false,
      error: { code: 'NOTICE_IN_PAST', message: expect.stringContaining('已过') }
    })
    expect(await snapshot(demo.emulator.url)).toBe(before)
    // Twice at once, as a double tap: one publish.
    const both = await Promise.all([call(orgDept, 'notices.publish', { id, allowPast: true }), call(orgDept, 'notices.publish', { id, allowPast: true })])
    expect(both.filter((r) => r.ok).map((r) => r.ok && r.data)).toContainEqual({ branches: 6, assigned: 39 })
    // It is 往期学习: no push announces it as new (typed, nothing written); another branch's secretary learns nothing.
    const published = await snapshot(demo.emulator.url)
    expect(await call(secretary, 'notices.push', { id, unitId: branch })).toMatchObject({
      ok: false,
      error: { code: 'NOTICE_IN_PAST', message: expect.stringContaining('往期学习') }
    })
    expect(await call(otherSecretary, 'notices.push', { id, unitId: branch })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await snapshot(demo.emulator.url)).toBe(published)
    // Its study day is over: too late to withdraw (a correction is still possible).
    expect(await call(orgDept, 'notices.withdraw', { id, reason: '日期有误' })).toMatchObject({ ok: false, error: { code: 'WITHDRAW_TOO_LATE' } })
  })

  it('withdraws until the study day: only the 组织部, telling who was pushed, and the counters equal a recount', async () => {
    const id = await draft(32, 5)
    await ok(call(orgDept, 'notices.publish', { id }))
    for (let i = 0; i < 2; i++) {
      await ok(call(alice, 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } }))
    }
    const pushed = await ok(call(secretary, 'notices.push', { id, unitId: branch }))
    expect(pushed.sent).toBe(1)
    await ok(call(alice, 'notices.read', { id, materialIndex: 0 }))
    await ok(call(bob, 'answers.submit', { id, answers: ['学习体会'] }))
    await settleCounts(demo.emulator.url, demo.db)

    // Hostile callers: a 支部书记 and a 党总支书记 cannot withdraw; nothing is written.
    const before = await snapshot(demo.emulator.url)
    for (const who of [secretary, general, alice]) {
      expect(await call(who, 'notices.withdraw', { id, reason: '内容有误' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await call(orgDept, 'notices.withdraw', { id, reason: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await snapshot(demo.emulator.url)).toBe(before)

    const sentBefore = (await outbox()).length
    // Twice at once (a double tap), then again (a retry): one withdrawal, one message to alice.
    const taps = await Promise.all([
      call(orgDept, 'notices.withdraw', { id, reason: '内容有误' }),
      call(orgDept, 'notices.withdraw', { id, reason: '内容有误' })
    ])
    expect(taps.every((t) => t.ok)).toBe(true)
    const again = await ok(call(orgDept, 'notices.withdraw', { id, reason: '内容有误' }))
    expect(again.withdrawnAt).toBe(taps[0].ok && taps[0].data.withdrawnAt)
    const told = (await outbox()).slice(sentBefore)
    expect(told.map((m) => m.data.touser)).toEqual([alice])
    expect(told[0].data.data.thing3.value).toContain('撤回')

    // Members and branches can no longer act on it, and say why.
    expect(await call(alice, 'notices.get', { id })).toMatchObject({
      ok: false,
      error: { code: 'NOTICE_WITHDRAWN', message: expect.stringContaining('内容有误') }
    })
    expect(await call(bob, 'answers.submit', { id, answers: ['再改'] })).toMatchObject({ ok: false, error: { code: 'NOTICE_WITHDRAWN' } })
    expect(await call(secretary, 'notices.push', { id, unitId: branch })).toMatchObject({ ok: false, error: { code: 'NOTICE_WITHDRAWN' } })
    expect(await call(orgDept, 'notices.publish', { id })).toMatchObject({ ok: false, error: { code: 'NOTICE_WITHDRAWN' } })
    const mine = await ok(call(alice, 'notices.list', { view: 'member' }))
    expect(mine.items.map((n) => n.id)).not.toContain(id)
    // The 组织部 still sees it, as withdrawn; bob's answer is kept as the record.
    const managed = await ok(call(orgDept, 'notices.list', { view: 'manage' }))
    expect(managed.items.find((n) => n.id === id)).toMatchObject({ status: 'withdrawn', withdrawnAt: expect.any(String) })
    const bobState = (await demo.db.collection('noticeMembers').doc(`${id}:${people.staff1MobileMember.memberId}`).get()).data[0]
    expect(bobState).toMatchObject({ answers: ['学习体会'], submittedAt: null, beforeWithdrawal: { submittedAt: expect.anything() } })

    await settleCounts(demo.emulator.url, demo.db)
    expect((await demo.db.collection('noticeUnits').where({ noticeId: id }).count()).total).toBe(0)
    expect(await recountMismatches(demo.db)).toEqual([])
  })

  it('corrects typos keeping answers; members see 已更正 with the date; a retry answers the same', async () => {
    const id = await draft(33, 6)
    await ok(call(orgDept, 'notices.publish', { id }))
    await ok(call(carol, 'answers.submit', { id, answers: ['我的回答'] }))
    const original = sampleDraft(33, 6)
    const correction = {
      theme: original.theme,
      materials: original.materials.map((m, i) => ({ title: i === 1 ? m.title.replace('8 号', '8号') : m.title, fullText: m.fullText })),
      discussion: ['结合学习体会，谈谈如何实现个人发展和学校发展的“比学赶超”。']
    }
    const before = await snapshot(demo.emulator.url)
    expect(await call(secretary, 'notices.correct', { id, correction })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call(otherSecretary, 'notices.correct', { id, correction })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call(orgDept, 'notices.correct', { id, correction: { ...correction, discussion: [...correction.discussion, '新增一题'] } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('不能增删讨论题') }
    })
    expect(await snapshot(demo.emulator.url)).toBe(before)

    const done = await ok(call(orgDept, 'notices.correct', { id, correction }))
    expect(done.changed).toEqual(['学习材料 2', '讨论题 1'])
    expect(await ok(call(orgDept, 'notices.correct', { id, correction }))).toEqual(done)

    const detail = await ok(call(carol, 'notices.get', { id }))
    expect(detail.discussion).toEqual(correction.discussion)
    expect(detail.correction).toEqual({ at: done.correctedAt, changed: ['学习材料 2', '讨论题 1'] })
    expect(detail.mine?.answers).toEqual(['我的回答'])
    const listed = await ok(call(carol, 'notices.list', { view: 'member' }))
    expect(listed.items.find((n) => n.id === id)?.correctedAt).toBe(done.correctedAt)
  })

  it('names who push and 催办 cannot reach; a 催办 that reached nobody leaves the day unused', async () => {
    const id = await draft(34, 7)
    await ok(call(orgDept, 'notices.publish', { id }))
    await ok(call(alice, 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } }))
    const progress = await ok(call(secretary, 'notices.progress', { id, unitId: branch }))
    const unreachable = progress.members.filter((m) => !m.reachable).map((m) => m.name)
    expect(progress.members.find((m) => m.memberId === people.staff1GroupMember.memberId)?.reachable).toBe(true) // alice has a consent left
    expect(unreachable).toContain(progress.members.find((m) => m.memberId === people.staff1Member.memberId)?.name)

    const push = await ok(call(secretary, 'notices.push', { id, unitId: branch }))
    expect(push.sent).toBe(1)
    expect(push.unreached.names).toHaveLength(push.noConsent)
    expect(push.unreached.groupText).toContain(push.unreached.names[0])
    expect(push.unreached.shareLink).toContain(id)

    // Nobody left with a consent: the 催办 reaches nobody, says who, and the day is not used up.
    const first = await ok(call(secretary, 'notices.remind', { id, unitId: branch }))
    expect(first).toMatchObject({ reminded: 0, nextAllowedAt: null })
    expect(first.unreached.names.length).toBeGreaterThan(0)
    await ok(call(carol, 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } }))
    // Twice at once: one 催办 of the day, carol reminded once.
    const both = await Promise.all([call(secretary, 'notices.remind', { id, unitId: branch }), call(secretary, 'notices.remind', { id, unitId: branch })])
    expect(both.filter((r) => r.ok).map((r) => r.ok && r.data.reminded)).toEqual([1])
    expect(both.find((r) => !r.ok)).toMatchObject({ error: { code: 'REMINDED_TODAY' } })
    expect(await call(secretary, 'notices.remind', { id, unitId: branch })).toMatchObject({ ok: false, error: { code: 'REMINDED_TODAY' } })
    // Another branch's secretary cannot see this branch.
    expect(await call(otherSecretary, 'notices.progress', { id, unitId: branch })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('names each state for what it is: opened and answered is 已查看 and 已提交讨论, never 未读 · 已答', async () => {
    const id = await draft(35, 8)
    await ok(call(orgDept, 'notices.publish', { id }))
    const views = await Promise.all([call(bob, 'notices.view', { id }), call(bob, 'notices.view', { id })])
    expect(views.filter((v) => v.ok && v.data.firstView)).toHaveLength(1)
    await ok(call(bob, 'answers.submit', { id, answers: ['回答'] }))
    const row = (await ok(call(secretary, 'notices.progress', { id, unitId: branch }))).members.find((m) => m.memberId === people.staff1MobileMember.memberId)
    expect(row).toMatchObject({ viewed: true, read: false, answered: true })
    const mine = (await ok(call(bob, 'notices.list', { view: 'member' }))).items.find((n) => n.id === id)
    expect(mine?.mine).toMatchObject({ viewed: true, read: false, answered: true })
    expect(await call(people.student1Members[0].openId, 'notices.view', { id: 'n-2026-99' })).toMatchObject({ ok: false })
    await settleCounts(demo.emulator.url, demo.db)
    expect(await recountMismatches(demo.db)).toEqual([])
  })
})
