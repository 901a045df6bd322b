import type { Result } from '../../cloudfunctions/_shared/contract/envelope'
import type { HeldTextView } from '../../cloudfunctions/_shared/contract/moderation-api'
import { startDemoEmulator } from '../support/demo'
import { gateway, type ActionOf, type Caller, type FunctionName, type Gateway, type PayloadOf, type ResultOf } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/**
 * Content security (issue 14 item 1) on every action that stores human text,
 * through the real SDK against the emulator, whose msgSecCheck answers
 * `违规测试词` risky, `待审测试词` review, anything else pass:
 * risky → CONTENT_RISKY and nothing written; review → held, seen by its
 * author and the deciding officer only, released → seen; a failing check →
 * held, the timer checks it again; the same text again → no second check;
 * nobody but a decider releases.
 */
const CHECK = '/wxa/msg_sec_check'
const RISKY = '违规测试词'
const REVIEW = '待审测试词'

describe('content security (msgSecCheck)', () => {
  jest.setTimeout(180_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const secretary = people.staff1Secretary // 教工第一党支部 · 支部书记
  const organizer = people.staff1Organizer
  const general = people.staffGeneralSecretary // 教工党总支
  const orgDept = people.orgDepartment
  const otherSecretary = people.staff2Secretary // 教工第二党支部
  const [alice, bob, carol] = [people.staff1GroupMember, people.staff1MobileMember, people.staff1Member]
  const clock = (iso: string | null) => setClock(demo.emulator.url, iso)
  const call = <F extends FunctionName, A extends ActionOf<F>>(fn: F, as: Caller, action: A, payload: PayloadOf<F, A>) => gw.call(fn, action, payload, as)
  const ok = async <F extends FunctionName, A extends ActionOf<F>>(fn: F, as: Caller, action: A, payload: PayloadOf<F, A>): Promise<ResultOf<F, A>> => {
    const result = (await call(fn, as, action, payload)) as Result<ResultOf<F, A>>
    if (!result.ok) throw new Error(`${action}: ${JSON.stringify(result.error)}`)
    return result.data
  }
  const checks = async (): Promise<Array<{ data: { content: string; openid: string; scene: number; version: number } }>> =>
    ((await (await fetch(`${demo.emulator.url}/_emulator/outbox?apiName=${encodeURIComponent(CHECK)}`)).json()) as { messages: never[] }).messages
  const failNextCheck = async (count = 1) => {
    const response = await fetch(`${demo.emulator.url}/_emulator/outbox/fail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ count, errcode: -1, errmsg: 'system error', apiName: CHECK })
    })
    expect(response.status).toBe(200)
  }
  const sweep = async () => {
    const response = await fetch(`${demo.emulator.url}/_emulator/timers/dashboard/sweepCounts`, { method: 'POST' })
    expect(response.status).toBe(200)
    return ((await response.json()) as { result: { rechecked: Record<string, number> } }).result
  }
  const held = async (as: Caller): Promise<HeldTextView[]> => (await ok('notices', as, 'held.list', {})).items
  const heldFor = async (as: Caller, kind: HeldTextView['kind'], word: string) =>
    (await held(as)).find((item) => item.kind === kind && item.text.includes(word))
  const decide = (as: Caller, id: string, decision: 'release' | 'return') => call('notices', as, 'held.decide', { id, decision })
  /** Who may not decide: the text's author, an officer elsewhere, a plain member. */
  const expectNoHostileDecision = async (id: string, hostile: Caller[]) => {
    for (const as of hostile) {
      expect(await decide(as, id, 'release')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect((await held(as)).some((item) => item.id === id)).toBe(false)
    }
  }

  let noticeId = ''
  const meetingStart = '2026-05-20T07:00:00.000Z'
  let meetingId = ''

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    await clock('2026-05-01T02:00:00Z')
    noticeId = (await ok('notices', orgDept, 'notices.saveDraft', { draft: sampleDraft(61, 10) })).id
    await ok('notices', orgDept, 'notices.publish', { id: noticeId })
    meetingId = (await ok('meetings', secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting(meetingStart) })).id
  })
  afterAll(async () => {
    await clock(null)
    await demo?.close()
  })

  describe('answers.submit', () => {
    it('refuses risky answers with a typed error naming the field, and writes nothing', async () => {
      const before = (await checks()).length
      const refused = await call('notices', carol, 'answers.submit', { id: noticeId, answers: [`我的体会${RISKY}`] })
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      if (!refused.ok) expect(refused.error.message).toMatch(/讨论发言.*修改/)
      expect(await call('notices', secretary, 'answers.get', { id: noticeId, memberId: carol.memberId })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' }
      })
      const sent = (await checks()).slice(before)
      expect(sent).toHaveLength(1)
      expect(sent[0].data).toMatchObject({ version: 2, openid: carol.openId, scene: 3, content: `我的体会${RISKY}` })
    })

    it('holds answers for review: the author sees 审核中, the secretary decides, the record leaves them out until released', async () => {
      await ok('notices', alice, 'answers.submit', { id: noticeId, answers: [`学习体会${REVIEW}`] })
      expect((await ok('notices', alice, 'notices.get', { id: noticeId })).mine).toMatchObject({ answers: [`学习体会${REVIEW}`], moderation: '审核中' })
      expect(await ok('notices', secretary, 'answers.get', { id: noticeId, memberId: alice.memberId })).toMatchObject({ moderation: '审核中' })
      const record = await ok('notices', secretary, 'records.get', { id: noticeId, unitId: 'u-b-staff-1' })
      expect(JSON.stringify(record)).not.toContain(REVIEW)
      const item = await heldFor(secretary, 'answers', REVIEW)
      expect(item).toMatchObject({ authorName: alice.name, status: 'held', context: expect.stringContaining('第61期') })
      // The 党总支 and the 组织部 above may decide as well; the author, another branch's secretary and a member may not.
      expect((await held(general)).some((i) => i.id === item?.id)).toBe(true)
      await expectNoHostileDecision(item!.id, [alice, otherSecretary, bob])
      expect(await ok('notices', secretary, 'held.decide', { id: item!.id, decision: 'release' })).toEqual({ status: 'clear' })
      // A retried decision answers the same.
      expect(await ok('notices', secretary, 'held.decide', { id: item!.id, decision: 'release' })).toEqual({ status: 'clear' })
      expect((await ok('notices', alice, 'notices.get', { id: noticeId })).mine?.moderation).toBeNull()
      expect(JSON.stringify(await ok('notices', secretary, 'records.get', { id: noticeId, unitId: 'u-b-staff-1' }))).toContain(REVIEW)
      expect((await held(secretary)).some((i) => i.id === item?.id)).toBe(false)
    })

    it('keeps answers whose check failed, held; the timer checks them again; the same answers again are not checked twice', async () => {
      await failNextCheck()
      await ok('notices', bob, 'answers.submit', { id: noticeId, answers: ['联系实际谈体会'] })
      const item = await heldFor(secretary, 'answers', '联系实际谈体会')
      expect(item).toMatchObject({ status: 'unchecked' })
      expect((await ok('notices', bob, 'notices.get', { id: noticeId })).mine).toMatchObject({ moderation: '审核中', answers: ['联系实际谈体会'] })
      // Not due before the retry delay; due after it.
      expect((await sweep()).rechecked).toEqual({})
      await clock('2026-05-01T02:05:00Z')
      expect((await sweep()).rechecked).toEqual({ clear: 1 })
      expect((await ok('notices', bob, 'notices.get', { id: noticeId })).mine?.moderation).toBeNull()
      expect((await held(secretary)).some((i) => i.id === item?.id)).toBe(false)
      const before = (await checks()).length
      await ok('notices', bob, 'answers.submit', { id: noticeId, answers: ['联系实际谈体会'] })
      expect((await checks()).length).toBe(before)
    })
  })

  describe('answers.review comments', () => {
    it('refuses a risky comment and holds one for review from the member until another officer releases it', async () => {
      const refused = await call('notices', secretary, 'answers.review', {
        id: noticeId,
        memberId: alice.memberId,
        status: 'returned',
        comment: `${RISKY}请修改`
      })
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      expect((await ok('notices', alice, 'notices.get', { id: noticeId })).mine?.review).toBeNull()

      await ok('notices', secretary, 'answers.review', { id: noticeId, memberId: alice.memberId, status: 'returned', comment: `请结合${REVIEW}再写` })
      expect((await ok('notices', alice, 'notices.get', { id: noticeId })).mine?.review).toEqual({ status: 'returned', comment: '（批阅意见审核中）' })
      // Its writer does not decide on it; the branch's 组织委员 and the 党总支 do.
      expect((await held(secretary)).some((i) => i.kind === 'review_comment')).toBe(false)
      const item = await heldFor(organizer, 'review_comment', REVIEW)
      expect(item).toBeDefined()
      await expectNoHostileDecision(item!.id, [secretary, alice, otherSecretary])
      await ok('notices', general, 'held.decide', { id: item!.id, decision: 'release' })
      expect((await ok('notices', alice, 'notices.get', { id: noticeId })).mine?.review?.comment).toBe(`请结合${REVIEW}再写`)
    })

    it('keeps a comment whose check failed, held from the member; the timer checks it again', async () => {
      await failNextCheck()
      await ok('notices', secretary, 'answers.review', { id: noticeId, memberId: bob.memberId, status: 'returned', comment: '请再联系工作实际' })
      expect((await ok('notices', bob, 'notices.get', { id: noticeId })).mine?.review).toEqual({ status: 'returned', comment: '（批阅意见审核中）' })
      expect(await heldFor(organizer, 'review_comment', '请再联系工作实际')).toMatchObject({ status: 'unchecked' })
      await clock('2026-05-01T02:08:00Z')
      expect((await sweep()).rechecked).toEqual({ clear: 1 })
      expect((await ok('notices', bob, 'notices.get', { id: noticeId })).mine?.review?.comment).toBe('请再联系工作实际')
    })
  })

  describe('meetings: leave reasons, leave comments, minutes, 补学 reflections', () => {
    it('leave.request: risky refused, review held for the secretary, failing check re-checked', async () => {
      const refused = await call('meetings', carol, 'leave.request', { id: meetingId, reason: `家中有事${RISKY}` })
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      if (!refused.ok) expect(refused.error.message).toContain('请假事由')
      expect((await ok('meetings', carol, 'meetings.get', { id: meetingId })).mine).toMatchObject({ status: 'pending', leave: null })

      const asked = await ok('meetings', carol, 'leave.request', { id: meetingId, reason: `外出培训${REVIEW}` })
      expect(asked).toMatchObject({ status: 'leave_requested', moderation: { leave: '审核中' } })
      const listed = await ok('meetings', secretary, 'attendance.list', { id: meetingId })
      expect(listed.members.find((m) => m.memberId === carol.memberId)?.moderation?.leave).toBe('审核中')
      const item = await heldFor(secretary, 'leave_reason', REVIEW)
      await expectNoHostileDecision(item!.id, [carol, otherSecretary, alice])
      await ok('notices', secretary, 'held.decide', { id: item!.id, decision: 'release' })
      expect((await ok('meetings', carol, 'meetings.get', { id: meetingId })).mine?.moderation?.leave).toBeNull()

      await failNextCheck()
      await ok('meetings', bob, 'leave.request', { id: meetingId, reason: '出差在外地' })
      expect(await heldFor(secretary, 'leave_reason', '出差在外地')).toMatchObject({ status: 'unchecked' })
      await clock('2026-05-01T02:10:00Z')
      expect((await sweep()).rechecked).toEqual({ clear: 1 })
      expect((await ok('meetings', bob, 'meetings.get', { id: meetingId })).mine?.moderation?.leave).toBeNull()
      const before = (await checks()).length
      await ok('meetings', bob, 'leave.request', { id: meetingId, reason: '出差在外地' })
      expect((await checks()).length).toBe(before)
    })

    it('leave.decide: a held comment reaches the member once another officer releases it', async () => {
      expect(
        await call('meetings', secretary, 'leave.decide', { id: meetingId, memberId: carol.memberId, decision: 'approved', comment: `${RISKY}` })
      ).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      expect((await ok('meetings', carol, 'meetings.get', { id: meetingId })).mine?.status).toBe('leave_requested')
      await ok('meetings', secretary, 'leave.decide', { id: meetingId, memberId: carol.memberId, decision: 'approved', comment: `请补学${REVIEW}` })
      expect((await ok('meetings', carol, 'meetings.get', { id: meetingId })).mine?.leave?.comment).toBe('（审批意见审核中）')
      const item = await heldFor(general, 'leave_comment', REVIEW)
      await expectNoHostileDecision(item!.id, [secretary, carol])
      await ok('notices', general, 'held.decide', { id: item!.id, decision: 'release' })
      expect((await ok('meetings', carol, 'meetings.get', { id: meetingId })).mine?.leave?.comment).toBe(`请补学${REVIEW}`)
      // A comment whose check failed: held from the member, checked again by the timer.
      await failNextCheck()
      await ok('meetings', secretary, 'leave.decide', { id: meetingId, memberId: bob.memberId, decision: 'approved', comment: '请会后按时补学' })
      expect((await ok('meetings', bob, 'meetings.get', { id: meetingId })).mine?.leave?.comment).toBe('（审批意见审核中）')
      expect(await heldFor(general, 'leave_comment', '请会后按时补学')).toMatchObject({ status: 'unchecked' })
      await clock('2026-05-01T02:13:00Z')
      expect((await sweep()).rechecked).toEqual({ clear: 1 })
      expect((await ok('meetings', bob, 'meetings.get', { id: meetingId })).mine?.leave?.comment).toBe('请会后按时补学')
    })

    it('minutes.save: risky refused; held minutes hidden from members until released', async () => {
      await clock(after(meetingStart, 10))
      const refused = await call('meetings', secretary, 'minutes.save', { id: meetingId, content: `会议主要内容：学习讨论${RISKY}`, resolutions: [] })
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      if (!refused.ok) expect(refused.error.message).toContain('会议记录')
      expect((await ok('meetings', secretary, 'meetings.get', { id: meetingId })).minutes).toBeNull()

      await ok('meetings', secretary, 'minutes.save', { id: meetingId, content: '学习支部工作条例并讨论发展党员事项', resolutions: [`决议${REVIEW}`] })
      expect(await ok('meetings', secretary, 'meetings.get', { id: meetingId })).toMatchObject({
        minutesModeration: '审核中',
        minutes: { content: '学习支部工作条例并讨论发展党员事项' }
      })
      expect((await ok('meetings', alice, 'meetings.get', { id: meetingId })).minutes).toBeNull()
      const item = await heldFor(general, 'minutes', REVIEW)
      await expectNoHostileDecision(item!.id, [secretary, alice, otherSecretary])
      await ok('notices', general, 'held.decide', { id: item!.id, decision: 'release' })
      expect((await ok('meetings', alice, 'meetings.get', { id: meetingId })).minutes).toMatchObject({ content: '学习支部工作条例并讨论发展党员事项' })
      // The same minutes saved again (at the end, finalising) are not checked again.
      const before = (await checks()).length
      await clock(after(meetingStart, 121))
      await ok('meetings', secretary, 'minutes.save', { id: meetingId, content: '学习支部工作条例并讨论发展党员事项', resolutions: [`决议${REVIEW}`] })
      expect((await checks()).length).toBe(before)

      // A corrected version whose check failed: members do not see it until the timer has checked it.
      await failNextCheck()
      await ok('meetings', secretary, 'minutes.save', { id: meetingId, content: '学习支部工作条例，讨论并通过发展党员事项', resolutions: [] })
      expect((await ok('meetings', alice, 'meetings.get', { id: meetingId })).minutes?.content).not.toBe('学习支部工作条例，讨论并通过发展党员事项')
      expect(await heldFor(general, 'minutes', '讨论并通过')).toMatchObject({ status: 'unchecked' })
      await clock(after(meetingStart, 125))
      expect((await sweep()).rechecked).toEqual({ clear: 1 })
      expect((await ok('meetings', alice, 'meetings.get', { id: meetingId })).minutes).toMatchObject({ content: '学习支部工作条例，讨论并通过发展党员事项' })
    })

    it('makeup.submit: risky refused, review held, failing check re-checked', async () => {
      const reflection = (word: string) => `通过补学，我深刻认识到支部工作条例的重要意义，今后要在工作中认真落实。${word}`
      expect(await call('meetings', carol, 'makeup.submit', { id: meetingId, reflection: reflection(RISKY) })).toMatchObject({
        ok: false,
        error: { code: 'CONTENT_RISKY' }
      })
      expect((await ok('meetings', carol, 'meetings.get', { id: meetingId })).mine?.makeup?.reflection).toBeNull()
      await ok('meetings', carol, 'makeup.submit', { id: meetingId, reflection: reflection(REVIEW) })
      expect((await ok('meetings', carol, 'meetings.get', { id: meetingId })).mine?.moderation?.makeup).toBe('审核中')
      const item = await heldFor(secretary, 'makeup_reflection', REVIEW)
      await expectNoHostileDecision(item!.id, [carol, otherSecretary])
      expect(await ok('notices', secretary, 'held.decide', { id: item!.id, decision: 'return' })).toEqual({ status: 'returned' })
      expect((await ok('meetings', carol, 'meetings.get', { id: meetingId })).mine?.moderation?.makeup).toBe('未通过审核，请修改')

      await failNextCheck()
      await ok('meetings', bob, 'makeup.submit', { id: meetingId, reflection: reflection('') })
      expect(await heldFor(secretary, 'makeup_reflection', '深刻认识')).toMatchObject({ status: 'unchecked', authorName: bob.name })
      await clock(after(meetingStart, 135))
      expect((await sweep()).rechecked).toEqual({ clear: 1 })
      expect((await ok('meetings', bob, 'meetings.get', { id: meetingId })).mine?.moderation?.makeup).toBeNull()
    })
  })

  describe('officers’ announcements: never held, but a risky one is refused and nothing written', () => {
    it('meetings.create / update, attendance.mark reasons', async () => {
      const start = '2026-06-10T07:00:00.000Z'
      const refused = await call('meetings', secretary, 'meetings.create', {
        unitId: 'u-b-staff-1',
        meeting: sampleMeeting(start, { title: `党员大会${RISKY}` })
      })
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      if (!refused.ok) expect(refused.error.message).toContain('会议信息')
      const listed = await ok('meetings', secretary, 'meetings.list', { view: 'manage', unitId: 'u-b-staff-1' })
      expect(JSON.stringify(listed)).not.toContain(RISKY)
      // A title WeChat only wants reviewed goes out (an announcement is not held).
      const created = await ok('meetings', secretary, 'meetings.create', {
        unitId: 'u-b-staff-1',
        meeting: sampleMeeting(start, { title: `党员大会${REVIEW}` })
      })
      expect(
        await call('meetings', secretary, 'meetings.update', { id: created.id, meeting: sampleMeeting(start, { title: created.title, agenda: [RISKY] }) })
      ).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      expect((await ok('meetings', secretary, 'meetings.get', { id: created.id })).agenda).toEqual(sampleMeeting(start).agenda)
      const before = (await checks()).length
      await ok('meetings', secretary, 'meetings.update', { id: created.id, meeting: sampleMeeting(start, { title: created.title, place: '党员活动室' }) })
      expect((await checks()).length).toBe(before)

      await clock(after(start, -10))
      const marked = await call('meetings', secretary, 'attendance.mark', {
        id: created.id,
        memberId: alice.memberId,
        status: 'present',
        reason: '其他',
        reasonText: `原因${RISKY}`
      })
      expect(marked).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      expect((await ok('meetings', alice, 'meetings.get', { id: created.id })).mine?.status).toBe('pending')
    })

    it('notices.publish, notices.reschedule, notices.withdraw', async () => {
      await clock('2026-06-01T02:00:00Z')
      const draft = sampleDraft(63, 20)
      const id = (await ok('notices', orgDept, 'notices.saveDraft', { draft: { ...draft, purpose: `目的${RISKY}` } })).id
      expect(await call('notices', orgDept, 'notices.publish', { id })).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      expect((await ok('notices', alice, 'notices.list', { view: 'member', page: 1, pageSize: 20 })).items.some((n) => n.id === id)).toBe(false)
      await ok('notices', orgDept, 'notices.saveDraft', { id, draft })
      await ok('notices', orgDept, 'notices.publish', { id })
      const moved = await call('notices', secretary, 'notices.reschedule', {
        id,
        unitId: 'u-b-staff-1',
        startAt: '2026-06-15T07:00:00.000Z',
        form: '集中学习',
        place: `会议室${RISKY}`
      })
      expect(moved).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      expect(await ok('notices', orgDept, 'notices.changes', { id })).toEqual([])
      expect(await call('notices', orgDept, 'notices.withdraw', { id, reason: `撤回${RISKY}` })).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      expect((await ok('notices', alice, 'notices.get', { id })).status).toBe('published')
    })
  })

  describe('投诉建议 (feedback)', () => {
    it('the recipient side decides on a held item; the sender’s own branch never sees it; anonymity kept', async () => {
      expect(
        await call('feedback', carol, 'feedback.send', { requestId: 'mod-risky', kind: 'complaint', to: 'general_branch', content: RISKY, anonymous: true })
      ).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      expect((await ok('feedback', carol, 'feedback.mine', {})).items).toHaveLength(0)

      const sent = await ok('feedback', carol, 'feedback.send', {
        requestId: 'mod-review',
        kind: 'complaint',
        to: 'general_branch',
        content: `支部通知太晚${REVIEW}`,
        anonymous: true
      })
      expect(sent.moderation).toBe('审核中')
      expect((await ok('feedback', general, 'feedback.inbox', {})).items.find((i) => i.id === sent.id)).toMatchObject({ moderation: '审核中', sender: null })
      const item = await heldFor(general, 'feedback', REVIEW)
      expect(item).toMatchObject({ authorName: null })
      expect(JSON.stringify(item)).not.toContain(carol.name)
      await expectNoHostileDecision(item!.id, [carol, secretary, organizer, orgDept])
      await ok('notices', general, 'held.decide', { id: item!.id, decision: 'release' })
      expect((await ok('feedback', carol, 'feedback.mine', {})).items[0].moderation).toBeNull()
    })

    it('a reply: risky refused, held from the sender, rewritten by its author when nobody else may release it', async () => {
      const id = (await ok('feedback', carol, 'feedback.mine', {})).items[0].id
      expect(await call('feedback', general, 'feedback.reply', { id, content: RISKY })).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      await ok('feedback', general, 'feedback.reply', { id, content: `已核实${REVIEW}` })
      expect((await ok('feedback', carol, 'feedback.mine', {})).items[0].reply?.content).toBe('（答复审核中）')
      expect((await held(general)).some((i) => i.kind === 'feedback_reply')).toBe(false)
      await ok('feedback', general, 'feedback.reply', { id, content: '已核实，将改进通知时间' })
      expect((await ok('feedback', carol, 'feedback.mine', {})).items[0].reply?.content).toBe('已核实，将改进通知时间')
      expect(await call('feedback', general, 'feedback.reply', { id, content: '再答一次' })).toMatchObject({ ok: false, error: { code: 'FEEDBACK_ANSWERED' } })
    })

    it('an item whose check failed is held, then checked again by the timer', async () => {
      await failNextCheck()
      const sent = await ok('feedback', alice, 'feedback.send', {
        requestId: 'mod-fail',
        kind: 'suggestion',
        to: 'org_department',
        content: '建议增加听学',
        anonymous: false
      })
      expect(sent.moderation).toBe('审核中')
      expect(await heldFor(orgDept, 'feedback', '建议增加听学')).toMatchObject({ status: 'unchecked', authorName: alice.name })
      await clock('2026-06-01T03:00:00Z')
      expect((await sweep()).rechecked).toEqual({ clear: 1 })
      expect((await ok('feedback', alice, 'feedback.mine', {})).items[0].moderation).toBeNull()

      // A reply whose check failed: held from the sender, then checked again by the timer.
      await failNextCheck()
      await ok('feedback', orgDept, 'feedback.reply', { id: sent.id, content: '感谢建议，已列入计划' })
      expect((await ok('feedback', alice, 'feedback.mine', {})).items[0].reply?.content).toBe('（答复审核中）')
      await clock('2026-06-01T03:05:00Z')
      expect((await sweep()).rechecked).toEqual({ clear: 1 })
      expect((await ok('feedback', alice, 'feedback.mine', {})).items[0].reply?.content).toBe('感谢建议，已列入计划')
    })
  })
})
