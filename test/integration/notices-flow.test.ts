import mammoth from 'mammoth'
import { startDemoEmulator } from '../support/demo'
import type { Result } from '../../cloudfunctions/_shared/contract/envelope'
import { gateway, snapshot, type ActionOf, type Caller, type Gateway, type PayloadOf } from '../support/gateway'
import { settleCounts } from '../support/recount'
import { sampleDraft } from '../support/notices'
import { everyone, isBound, people } from '../support/people'

/** The whole journey through the real SDK: publish → push → read → answer → review → record, with counters equal to a recount. */
describe('study notice flow', () => {
  jest.setTimeout(60_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const orgDept = people.orgDepartment.openId
  const secretary = people.staff1Secretary.openId // 教工第一党支部
  const [alice, bob, carol] = [people.staff1GroupMember.openId, people.staff1MobileMember.openId, people.staff1Member.openId] // members of 教工第一党支部
  const student = people.student1Members[0].openId // 本科生党支部
  let gw: Gateway
  const call = <A extends ActionOf<'notices'>>(as: Caller, action: A, payload: PayloadOf<'notices', A>) => gw.call('notices', action, payload, as)
  const ok = async <T>(pending: Promise<Result<T>>): Promise<T> => {
    const result = await pending
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    return result.data
  }
  const outbox = async (): Promise<Array<{ data: { touser: string } }>> =>
    (
      (await (await fetch(`${demo.emulator.url}/_emulator/outbox?apiName=%2Fcgi-bin%2Fmessage%2Fsubscribe%2Fsend`)).json()) as {
        messages: Array<{ data: { touser: string } }>
      }
    ).messages
  let noticeId = ''

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    const draft = await ok(call(orgDept, 'notices.saveDraft', { draft: sampleDraft(9) }))
    noticeId = draft.id
    expect(draft).toMatchObject({ status: 'draft', title: '党员学习教育安排 2026年第9期' })
    const reopened = await ok(call(orgDept, 'notices.getDraft', { id: noticeId }))
    expect(reopened).toEqual({
      id: noticeId,
      draft: expect.objectContaining({ theme: sampleDraft(9).theme, discussion: sampleDraft(9).discussion, answerDeadline: expect.any(String) })
    })
  })
  afterAll(() => demo.close())

  it('publishes to the whole tree without writing any per-member document', async () => {
    const published = await ok(call(orgDept, 'notices.publish', { id: noticeId }))
    expect(published).toEqual({ branches: 6, assigned: 39 }) // every active member of the tree, from the units' counters
    expect((await demo.db.collection('noticeMembers').count()).total).toBe(0)
    const units = await demo.db.collection('noticeUnits').where({ noticeId }).limit(100).get()
    expect(units.data).toHaveLength(10)
    // A second tap or a retry gets the first publish's answer and changes nothing.
    const before = await snapshot(demo.emulator.url)
    expect(await call(orgDept, 'notices.publish', { id: noticeId })).toEqual({ ok: true, data: { branches: 6, assigned: 39 } })
    expect(await snapshot(demo.emulator.url)).toBe(before)
    expect(await call(orgDept, 'notices.getDraft', { id: noticeId })).toMatchObject({ ok: false, error: { code: 'ALREADY_PUBLISHED' } })
  })

  it('pushes one message per consenting member, once, however often the secretary taps', async () => {
    await ok(call(alice, 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } }))
    await ok(call(bob, 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } }))
    const pushes = await Promise.all([
      call(secretary, 'notices.push', { id: noticeId, unitId: 'u-b-staff-1' }),
      call(secretary, 'notices.push', { id: noticeId, unitId: 'u-b-staff-1' })
    ])
    const sent = pushes.reduce((sum, r) => sum + (r.ok ? r.data.sent : 0), 0)
    expect(sent).toBe(2)
    expect((await outbox()).map((m) => m.data.touser).sort()).toEqual([alice, bob])
    const again = await ok(call(secretary, 'notices.push', { id: noticeId, unitId: 'u-b-staff-1' }))
    expect(again.sent).toBe(0)
    expect(again.alreadySent).toBe(2)
    expect(again.shareLink).toContain(noticeId)
    expect(await outbox()).toHaveLength(2)
  })

  it('records a read once, however often a material is tapped', async () => {
    const taps = await Promise.all([0, 0, 1].map((materialIndex) => call(alice, 'notices.read', { id: noticeId, materialIndex })))
    expect(taps.filter((t) => t.ok && t.data.firstRead)).toHaveLength(1)
    await settleCounts(demo.emulator.url, demo.db) // counting runs on the notice's lane, after the members' own writes
    const counters = (await demo.db.collection('noticeUnits').doc(`${noticeId}:u-b-staff-1`).get()).data[0]
    expect(counters.read).toBe(1)
    const detail = await ok(call(alice, 'notices.get', { id: noticeId }))
    expect(detail.mine?.readMaterials).toEqual([0, 1])
  })

  it('counts a double submit once, keeps the latest text, and lets the member edit until reviewed', async () => {
    const answer = '立足岗位，比学赶超，把学习成果转化为推动学校高质量发展的实际行动。'
    await Promise.all([call(alice, 'answers.submit', { id: noticeId, answers: [answer] }), call(alice, 'answers.submit', { id: noticeId, answers: [answer] })])
    await settleCounts(demo.emulator.url, demo.db) // counting runs on the notice's lane, after the members' own writes
    const counters = (await demo.db.collection('noticeUnits').doc(`${noticeId}:u-b-staff-1`).get()).data[0]
    expect(counters.answered).toBe(1)
    await ok(call(bob, 'answers.submit', { id: noticeId, answers: ['第一稿'] }))
    await ok(call(bob, 'answers.submit', { id: noticeId, answers: ['第二稿'] }))
    const bobs = await ok(call(secretary, 'answers.get', { id: noticeId, memberId: people.staff1MobileMember.memberId }))
    expect(bobs.answers).toEqual(['第二稿'])
  })

  it('shows the secretary who has read and answered, alphabetically, with counts', async () => {
    const progress = await ok(call(secretary, 'notices.progress', { id: noticeId, unitId: 'u-b-staff-1' }))
    expect(progress.counters).toEqual({ assigned: 6, read: 1, answered: 2 })
    expect(progress.members).toHaveLength(6)
    const names = progress.members.map((m) => m.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')))
  })

  it('returns an answer with a comment, tells the member, and accepts the revision', async () => {
    const aliceId = people.staff1GroupMember.memberId
    await ok(call(alice, 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } }))
    await ok(call(secretary, 'answers.review', { id: noticeId, memberId: aliceId, status: 'returned', comment: '请结合本职工作再具体些' }))
    const returned = await ok(call(alice, 'notices.get', { id: noticeId }))
    expect(returned.mine?.review).toEqual({ status: 'returned', comment: '请结合本职工作再具体些' })
    expect((await outbox()).filter((m) => m.data.touser === alice)).toHaveLength(2)
    await ok(call(alice, 'answers.submit', { id: noticeId, answers: ['立足岗位，比学赶超：本学期完成两门课程改革。'] }))
    expect((await ok(call(alice, 'notices.get', { id: noticeId }))).mine?.review?.status).toBe('pending')
    await ok(call(secretary, 'answers.review', { id: noticeId, memberId: aliceId, status: 'accepted' }))
    const accepted = await ok(call(alice, 'notices.get', { id: noticeId }))
    expect(accepted.mine?.editable).toBe(false)
    expect(await call(alice, 'answers.submit', { id: noticeId, answers: ['再改'] })).toMatchObject({ ok: false, error: { code: 'ANSWER_CLOSED' } })
  })

  it('reminds only members who have not answered, at most once a day', async () => {
    await ok(call(carol, 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } }))
    const before = (await outbox()).length
    const reminded = await ok(call(secretary, 'notices.remind', { id: noticeId, unitId: 'u-b-staff-1' }))
    expect(reminded.reminded).toBe(1) // carol: alice and bob have answered, the others gave no consent
    expect((await outbox()).slice(before).map((m) => m.data.touser)).toEqual([carol])
    expect(await call(secretary, 'notices.remind', { id: noticeId, unitId: 'u-b-staff-1' })).toMatchObject({ ok: false, error: { code: 'REMINDED_TODAY' } })
  })

  it('exports the branch study record as a .docx with the answers in it', async () => {
    const file = await ok(call(secretary, 'records.export', { id: noticeId, unitId: 'u-b-staff-1' }))
    expect(file.fileName).toMatch(/教工第一党支部学习教育记录.*\.docx$/)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.base64, 'base64') })
    expect(value).toContain('本学期完成两门课程改革')
    expect(value).toContain('第二稿')
    expect(value).toContain('应提交 6 人，已提交 2 人（书面学习讨论，不计作出席）')
  })

  it('counts every member when the whole tree reads at once (no hot-counter conflicts)', async () => {
    // Every demo member (39); the 6 not yet bound in WeChat come with an openid no member has, and are refused as non-members.
    const openIds = everyone.map((member) => (isBound(member) ? member.openId : `unbound-${member.phone}`))
    const results = await Promise.all(openIds.map((openId) => call(openId, 'notices.read', { id: noticeId, materialIndex: 1 })))
    const refused = results.filter((r) => !r.ok)
    expect(refused).toHaveLength(6)
    expect(refused.every((r) => !r.ok && r.error.code === 'FORBIDDEN')).toBe(true)
    const firstReads = results.filter((r) => r.ok && r.data.firstRead).length
    expect(firstReads).toBe(33 - 1) // alice had read already
    await settleCounts(demo.emulator.url, demo.db) // counting runs on the notice's lane, after the members' own writes
    const committee = (await demo.db.collection('noticeUnits').doc(`${noticeId}:u-committee`).get()).data[0]
    expect(committee.read).toBe(33)
  })

  it("keeps every counter equal to a recount of the members' state", async () => {
    await settleCounts(demo.emulator.url, demo.db) // counting runs on the notice's lane, after the members' own writes
    const units = (await demo.db.collection('noticeUnits').where({ noticeId }).limit(100).get()).data as Array<{
      unitId: string
      unitPath: string
      read: number
      answered: number
    }>
    const states = (await demo.db.collection('noticeMembers').where({ noticeId }).limit(1000).get()).data as Array<{
      unitPath: string
      readAt: Date | null
      submittedAt: Date | null
    }>
    for (const unit of units) {
      const inside = states.filter((s) => s.unitPath.startsWith(unit.unitPath))
      expect({ unit: unit.unitId, read: unit.read, answered: unit.answered }).toEqual({
        unit: unit.unitId,
        read: inside.filter((s) => s.readAt).length,
        answered: inside.filter((s) => s.submittedAt).length
      })
    }
  })

  it('refuses bad input with a typed error and writes nothing', async () => {
    const before = await snapshot(demo.emulator.url)
    expect(await call(bob, 'answers.submit', { id: noticeId, answers: ['长'.repeat(3001)] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await call(bob, 'answers.submit', { id: noticeId, answers: ['一', '二'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await call(bob, 'notices.get', { id: 'n-1999-1' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await call(bob, 'notices.read', { id: noticeId, materialIndex: 9 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(
      await call(secretary, 'notices.reschedule', { id: noticeId, unitId: 'u-b-staff-1', startAt: 'tomorrow', form: '集中学习', place: '301' })
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await snapshot(demo.emulator.url)).toBe(before)
  })

  it('hides a notice from a branch it was not sent to', async () => {
    const draft = await ok(call(orgDept, 'notices.saveDraft', { draft: sampleDraft(10) }))
    await ok(call(orgDept, 'notices.publish', { id: draft.id, unitIds: ['u-gb-staff'] }))
    expect(await call(student, 'notices.get', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const list = await ok(call(student, 'notices.list', { view: 'member' }))
    expect(list.items.map((i) => i.id)).not.toContain(draft.id)
    const mine = await ok(call(alice, 'notices.list', { view: 'member' }))
    expect(mine.items.map((i) => i.id)).toEqual([draft.id, noticeId])
    expect(mine.items[1].mine?.read).toBe(true)
  })

  it('accepts a time change 12 hours ahead, reports it to the department, and refuses a late one', async () => {
    const change = await ok(
      call(secretary, 'notices.reschedule', {
        id: noticeId,
        unitId: 'u-b-staff-1',
        startAt: new Date(Date.now() + 11 * 86_400_000).toISOString(),
        form: '线上学习',
        place: '腾讯会议'
      })
    )
    expect(change.place).toBe('腾讯会议')
    const reported = await ok(call(orgDept, 'notices.changes', { id: noticeId }))
    expect(reported).toEqual([expect.objectContaining({ unitName: '教工第一党支部', form: '线上学习' })])
    const late = await ok(call(orgDept, 'notices.saveDraft', { draft: sampleDraft(11, -1) }))
    await ok(call(orgDept, 'notices.publish', { id: late.id, allowPast: true })) // yesterday's study day: published on purpose
    const before = await snapshot(demo.emulator.url)
    const tooLate = await call(secretary, 'notices.reschedule', {
      id: late.id,
      unitId: 'u-b-staff-1',
      startAt: new Date(Date.now() + 86_400_000).toISOString(),
      form: '线上学习',
      place: '腾讯会议'
    })
    // Its scheduled start (yesterday 14:00) is long past: always less than 12 h ahead.
    expect(tooLate).toMatchObject({ ok: false, error: { code: 'TOO_LATE', message: expect.stringContaining('12') } })
    expect(await snapshot(demo.emulator.url)).toBe(before)
  })
})
