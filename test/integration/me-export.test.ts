import type { MyData } from '../../cloudfunctions/_shared/contract/me'
import { newWorkbook } from '../../cloudfunctions/_shared/domain/spreadsheet'
import { startDemoEmulator } from '../support/demo'
import { callAs, gateway, type Gateway } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { sampleDraft } from '../support/notices'
import { people, stranger, type Account } from '../support/people'

/**
 * 我的数据 (me.data / me.export): a member sees and exports every record
 * stored about them — profile, invite used, notice answers, attendance,
 * leave, feedback (anonymous too), consents — and nothing of anyone else's,
 * whatever the payload says.
 */
describe('me.data and me.export', () => {
  jest.setTimeout(180_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const secretary = people.staff1Secretary
  const alice = people.staff1Member // 教工第一党支部
  const bob = people.staff1GroupMember // the same branch
  const joiner = people.staff1Unbound // joins through an invite in this test
  const joinerAccount: Account = { openId: 'wx-privacy-joiner', name: joiner.name }
  const clock = (iso: string | null) => setClock(demo.emulator.url, iso)
  const texts = {
    aliceAnswer: '爱丽丝的讨论回答：立足岗位做好教学',
    bobAnswer: '鲍勃的讨论回答：这段文字不应出现在别人的数据里',
    aliceFeedback: '爱丽丝的匿名投诉：学习安排过于频繁',
    bobFeedback: '鲍勃的署名建议：增加听学材料',
    aliceLeave: '爱丽丝外出培训请假',
    bobLeave: '鲍勃家中有事请假',
    leaveComment: '请按时补学'
  }
  const leaveAt = '2026-05-14T07:00:00.000Z'
  const scanAt = '2026-05-12T07:00:00.000Z'
  let noticeId = ''

  const dump = (data: MyData): string => JSON.stringify(data)
  const table = (data: MyData, key: string) => data.tables.find((t) => t.key === key)!

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    // A published notice both answer.
    noticeId = (await gw.ok('notices', 'notices.saveDraft', { draft: sampleDraft(21) }, people.orgDepartment)).id
    await gw.ok('notices', 'notices.publish', { id: noticeId }, people.orgDepartment)
    const questions = (await gw.ok('notices', 'notices.get', { id: noticeId }, alice)).discussion.length
    const answers = (text: string) => Array.from({ length: questions }, (_, i) => `${text}${i + 1}`)
    await gw.ok('notices', 'notices.read', { id: noticeId, materialIndex: 0 }, alice)
    await gw.ok('notices', 'answers.submit', { id: noticeId, answers: answers(texts.aliceAnswer) }, alice)
    await gw.ok('notices', 'answers.submit', { id: noticeId, answers: answers(texts.bobAnswer) }, bob)
    await gw.ok('notices', 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } }, alice)
    await gw.ok('notices', 'subscriptions.grant', { results: { TEMPLATE_MEETING: 'accept' } }, bob)
    // Feedback: Alice's anonymous, Bob's named.
    await gw.ok(
      'feedback',
      'feedback.send',
      { requestId: 'privacy-alice', kind: 'complaint', to: 'org_department', content: texts.aliceFeedback, anonymous: true },
      alice
    )
    await gw.ok(
      'feedback',
      'feedback.send',
      { requestId: 'privacy-bob', kind: 'suggestion', to: 'general_branch', content: texts.bobFeedback, anonymous: false },
      bob
    )
    // An invite the joiner redeems.
    const invite = await gw.ok('org', 'invites.create', { memberId: joiner.memberId }, secretary)
    await gw.ok('org', 'invites.redeem', { code: invite.code }, joinerAccount)
    // Meetings: both ask for leave from one, both check in at the other.
    await clock('2026-05-10T02:00:00Z')
    const leaveMeeting = (
      await gw.ok('meetings', 'meetings.create', { unitId: secretary.unitId, meeting: sampleMeeting(leaveAt, { title: '五月党员大会' }) }, secretary)
    ).id
    const scanMeeting = (
      await gw.ok(
        'meetings',
        'meetings.create',
        { unitId: secretary.unitId, meeting: sampleMeeting(scanAt, { type: 'collective_study', title: '五月集体学习' }) },
        secretary
      )
    ).id
    await gw.ok('meetings', 'leave.request', { id: leaveMeeting, reason: texts.aliceLeave }, alice)
    await gw.ok('meetings', 'leave.request', { id: leaveMeeting, reason: texts.bobLeave }, bob)
    await gw.ok('meetings', 'leave.decide', { id: leaveMeeting, memberId: alice.memberId, decision: 'approved', comment: texts.leaveComment }, secretary)
    await clock(after(scanAt, -5))
    const code = await gw.ok('meetings', 'checkin.code', { id: scanMeeting }, secretary)
    await gw.ok('meetings', 'checkin.scan', { token: code.token }, alice)
    await gw.ok('meetings', 'checkin.scan', { token: code.token }, bob)
    await clock(after(leaveAt, 180))
  })
  afterAll(async () => {
    await clock(null)
    await demo?.close()
  })

  it('lists every kind of record Alice has, each table with why it is kept', async () => {
    const data = await gw.ok('me', 'data', {}, alice)
    expect(data.name).toBe(alice.name)
    expect(data.tables.map((t) => t.key)).toEqual(['profile', 'invites', 'notices', 'meetings', 'feedback', 'subscriptions', 'stats'])
    for (const t of data.tables) {
      expect(t.purpose.length).toBeGreaterThan(10)
      for (const row of t.rows) expect(row).toHaveLength(t.columns.length)
    }
    const profile = Object.fromEntries(table(data, 'profile').rows)
    expect(profile).toMatchObject({ 姓名: alice.name, 手机号: alice.phone, 所在组织: '教工第一党支部' })
    const notices = table(data, 'notices').rows
    expect(notices).toHaveLength(1)
    expect(notices[0][5]).toContain(`${texts.aliceAnswer}1`)
    expect(notices[0][2]).toBe('1 份')
    const meetings = table(data, 'meetings').rows
    expect(meetings.map((row) => row[0])).toEqual(['党员大会 · 五月党员大会', '集体学习 · 五月集体学习'])
    expect(meetings[0][6]).toBe(`${texts.aliceLeave}（已批准：${texts.leaveComment}）`)
    expect(meetings[1][5]).toBe('扫码签到')
    const feedback = table(data, 'feedback').rows
    expect(feedback).toHaveLength(1)
    expect(feedback[0]).toEqual(expect.arrayContaining(['投诉', '匿名', texts.aliceFeedback, '待处理']))
    expect(table(data, 'subscriptions').rows).toEqual([['学习通知提醒', '1']])
  })

  it("contains nothing of another member's: no id, name, phone or text of Bob's, no secretary id, no openid", async () => {
    const text = dump(await gw.ok('me', 'data', {}, alice))
    for (const foreign of [
      bob.name,
      bob.memberId,
      bob.phone,
      texts.bobAnswer,
      texts.bobFeedback,
      texts.bobLeave,
      secretary.memberId,
      secretary.name,
      joiner.name
    ]) {
      expect(text).not.toContain(foreign)
    }
    // Alice's own credentials and internal ids stay on the server too.
    expect(text).not.toContain(alice.openId)
    expect(text).not.toContain(alice.memberId)
    // And Bob's holds none of Alice's.
    const theirs = dump(await gw.ok('me', 'data', {}, bob))
    expect(theirs).toContain(texts.bobFeedback)
    for (const foreign of [alice.name, alice.phone, texts.aliceAnswer, texts.aliceFeedback, texts.aliceLeave, texts.leaveComment])
      expect(theirs).not.toContain(foreign)
  })

  it('shows the invite the joiner used, never its code', async () => {
    const data = await gw.ok('me', 'data', {}, joinerAccount)
    const invites = table(data, 'invites').rows
    expect(invites).toHaveLength(1)
    expect(invites[0][3]).toBe('已使用')
    expect(table(data, 'notices').rows).toEqual([])
  })

  it('exports the same tables as an .xlsx file, one sheet per table', async () => {
    const file = await gw.ok('me', 'export', {}, alice)
    expect(file.fileName).toMatch(new RegExp(`^我的数据-${alice.name}-\\d{8}\\.xlsx$`))
    const wb = await newWorkbook()
    const bytes = Buffer.from(file.base64, 'base64')
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    expect(wb.worksheets.map((sheet) => sheet.name)).toEqual([
      '基本信息',
      '加入邀请',
      '学习教育',
      '会议、签到、请假与补学',
      '投诉建议',
      '消息订阅授权',
      '个人统计'
    ])
    const cells: string[] = []
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))))
    const all = cells.join('\n')
    expect(all).toContain(texts.aliceFeedback)
    expect(all).toContain(`${texts.aliceAnswer}1`)
    for (const foreign of [bob.name, texts.bobAnswer, texts.bobFeedback, texts.bobLeave]) expect(all).not.toContain(foreign)
  })

  it('answers a retry and concurrent calls alike (it only reads)', async () => {
    const [a, b] = await Promise.all([gw.ok('me', 'data', {}, alice), gw.ok('me', 'data', {}, alice)])
    const c = await gw.ok('me', 'data', {}, alice)
    const strip = (data: MyData) => ({ ...data, gatheredAt: '' })
    expect(strip(a)).toEqual(strip(b))
    expect(strip(c)).toEqual(strip(a))
  })

  it("reads past the 1000-document page: a member with 1,001 more notice records gets every one, and nobody else's", async () => {
    const doc = (memberId: string, i: number) => ({
      _id: `bulk-${i}:${memberId}`,
      noticeId: `bulk-${i}`,
      memberId,
      memberName: '',
      unitId: secretary.unitId,
      unitPath: '',
      readMaterials: [],
      readAt: null,
      answers: [`批量记录${i}`],
      submittedAt: null,
      review: null,
      notifiedAt: null,
      lastRemindDay: null
    })
    const mine = Array.from({ length: 1001 }, (_, i) => doc(alice.memberId, i))
    for (let i = 0; i < mine.length; i += 500) await demo.db.collection('noticeMembers').add(mine.slice(i, i + 500))
    await demo.db.collection('noticeMembers').add([doc(bob.memberId, 5000)])
    const rows = table(await gw.ok('me', 'data', {}, alice), 'notices').rows
    expect(rows).toHaveLength(1002)
    expect(rows.filter((row) => row[0] === '学习通知（已删除）')).toHaveLength(1001)
    expect(JSON.stringify(rows)).not.toContain('批量记录5000')
  })

  it.each([
    ['a member id', { memberId: people.staff1GroupMember.memberId }],
    ['an openid', { openid: people.staff1GroupMember.openId }],
    ['a where clause', { where: { memberId: people.staff1GroupMember.memberId } }]
  ])("refuses a payload naming someone (%s): a hostile caller gets nobody's data", async (_what, payload) => {
    for (const action of ['data', 'export']) {
      const result = await callAs(demo.emulator.url, alice.openId, 'me', action, payload)
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      expect(JSON.stringify(result)).not.toContain(texts.bobAnswer)
    }
  })

  it('refuses whoever is not a member: the newcomer and an unknown WeChat user', async () => {
    for (const who of [people.newcomer, stranger(7)]) {
      expect(await gw.call('me', 'data', {}, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await gw.call('me', 'export', {}, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })
})
