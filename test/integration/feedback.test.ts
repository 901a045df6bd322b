import { FEEDBACK_DAILY_LIMIT } from '../../cloudfunctions/_shared/contract/feedback-api'
import { startDemoEmulator } from '../support/demo'
import { callAs, gateway, type Gateway } from '../support/gateway'
import { setClock } from '../support/meetings'
import { branches, people } from '../support/people'

/**
 * 投诉建议 (issue 14 item 4): a member writes to the 组织部 or their 党总支,
 * named or anonymous; the recipient sees open items oldest first and answers;
 * the sender sees the answer. The sender's own branch never sees anything,
 * and an anonymous item names nobody in any response.
 */
describe('feedback', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const member = people.staff1Member // 教工第一党支部 · 党员, under 教工党总支
  const ownSecretary = people.staff1Secretary
  const ownOrganizer = people.staff1Organizer
  const otherSecretary = people.staff2Secretary
  const otherGeneral = people.studentGeneralSecretary
  const org = people.orgDepartment
  const general = people.staffGeneralSecretary
  const clock = (iso: string | null) => setClock(demo.emulator.url, iso)
  const responses: unknown[] = []
  const keep = <T>(value: T): T => {
    responses.push(value)
    return value
  }
  let anonymousToOrg = ''
  let namedToOrg = ''
  let anonymousToGeneral = ''

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    await clock('2026-05-10T02:00:00Z')
    anonymousToOrg = keep(
      await gw.ok(
        'feedback',
        'feedback.send',
        { requestId: 'req-anon-org-1', kind: 'complaint', to: 'org_department', content: '支部学习安排过于频繁', anonymous: true },
        member
      )
    ).id
    await clock('2026-05-11T02:00:00Z')
    namedToOrg = keep(
      await gw.ok(
        'feedback',
        'feedback.send',
        { requestId: 'req-named-org', kind: 'suggestion', to: 'org_department', content: '建议增加听学材料', anonymous: false },
        member
      )
    ).id
    anonymousToGeneral = keep(
      await gw.ok(
        'feedback',
        'feedback.send',
        { requestId: 'req-anon-gen-1', kind: 'complaint', to: 'general_branch', content: '支部书记通知太晚', anonymous: true },
        member
      )
    ).id
    await clock('2026-05-13T02:00:00Z')
  })

  afterAll(async () => {
    await demo?.close()
  })

  it('offers the 组织部 and the member’s 党总支, and only the 组织部 to a 直属党支部', async () => {
    const { targets } = await gw.ok('feedback', 'feedback.targets', {}, member)
    expect(targets.map((t) => t.to)).toEqual(['org_department', 'general_branch'])
    expect(targets[1].unitName).toBe('教工党总支')
    const direct = await gw.ok('feedback', 'feedback.targets', {}, branches.direct.secretary)
    expect(direct.targets.map((t) => t.to)).toEqual(['org_department'])
    const refused = await gw.call(
      'feedback',
      'feedback.send',
      { requestId: 'req-direct-gen', kind: 'suggestion', to: 'general_branch', content: '建议', anonymous: false },
      branches.direct.secretary
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'FEEDBACK_NO_GENERAL_BRANCH' } })
  })

  it('shows the 组织部 its items oldest first with their age, the anonymous one naming nobody', async () => {
    const { isRecipient, items } = keep(await gw.ok('feedback', 'feedback.inbox', {}, org))
    expect(isRecipient).toBe(true)
    expect(items.map((i) => i.id)).toEqual([anonymousToOrg, namedToOrg])
    expect(items[0]).toMatchObject({ anonymous: true, sender: null, ageDays: 3, status: 'open', content: '支部学习安排过于频繁' })
    expect(items[1]).toMatchObject({ anonymous: false, sender: { name: member.name, unitName: '教工第一党支部' }, ageDays: 2 })
  })

  it('shows the 党总支书记 only the items to their 党总支', async () => {
    const { items } = keep(await gw.ok('feedback', 'feedback.inbox', {}, general))
    expect(items.map((i) => i.id)).toEqual([anonymousToGeneral])
    expect(items[0].sender).toBeNull()
  })

  it('shows nothing to the sender’s own branch officers, another branch or another 党总支, and refuses their replies', async () => {
    for (const hostile of [ownSecretary, ownOrganizer, otherSecretary, otherGeneral]) {
      const inbox = keep(await gw.ok('feedback', 'feedback.inbox', {}, hostile))
      expect(inbox.items).toEqual([])
      for (const id of [anonymousToOrg, namedToOrg, anonymousToGeneral]) {
        expect(await gw.call('feedback', 'feedback.reply', { id, content: '已收到' }, hostile)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      }
      expect((await gw.ok('feedback', 'feedback.mine', {}, hostile)).items).toEqual([])
    }
    expect((await gw.ok('feedback', 'feedback.inbox', {}, ownSecretary)).isRecipient).toBe(false)
  })

  it('refuses a payload naming a sender or a member, and strangers', async () => {
    const forged = await callAs(demo.emulator.url, member.openId, 'feedback', 'feedback.send', {
      requestId: 'req-forged-1',
      kind: 'complaint',
      to: 'org_department',
      content: 'x',
      anonymous: true,
      senderId: org.memberId
    })
    expect(forged).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const long = await gw.call(
      'feedback',
      'feedback.send',
      { requestId: 'req-too-long', kind: 'complaint', to: 'org_department', content: '长'.repeat(1001), anonymous: true },
      member
    )
    expect(long).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await gw.call('feedback', 'feedback.mine', {}, 'nobody-openid')).toMatchObject({ ok: false })
  })

  it('answers, the sender sees the reply, a second reply is refused and the item leaves the open list', async () => {
    const answered = keep(await gw.ok('feedback', 'feedback.reply', { id: anonymousToOrg, content: '已研究，今后每月集中安排一次' }, org))
    expect(answered).toMatchObject({ status: 'answered', sender: null, reply: { content: '已研究，今后每月集中安排一次', byLabel: '组织部' } })
    expect(await gw.call('feedback', 'feedback.reply', { id: anonymousToOrg, content: '再答' }, org)).toMatchObject({
      ok: false,
      error: { code: 'FEEDBACK_ANSWERED' }
    })
    expect((await gw.ok('feedback', 'feedback.inbox', {}, org)).items.map((i) => i.id)).toEqual([namedToOrg])
    const { items } = await gw.ok('feedback', 'feedback.mine', {}, member)
    expect(items.map((i) => i.id).sort()).toEqual([namedToOrg, anonymousToGeneral, anonymousToOrg].sort())
    expect(items[items.length - 1].id).toBe(anonymousToOrg) // newest first
    const mine = items.find((i) => i.id === anonymousToOrg)
    expect(mine).toMatchObject({ status: 'answered', anonymous: true, reply: { content: '已研究，今后每月集中安排一次', byLabel: '组织部' } })
    const general = keep(await gw.ok('feedback', 'feedback.reply', { id: anonymousToGeneral, content: '已提醒各支部提前通知' }, people.staffGeneralSecretary))
    expect(general.reply?.byLabel).toBe('党总支书记')
  })

  it('does not duplicate a retried send', async () => {
    const payload = { requestId: 'req-retry-once', kind: 'suggestion', to: 'org_department', content: '重发测试', anonymous: true } as const
    const [a, b] = await Promise.all([gw.ok('feedback', 'feedback.send', payload, member), gw.ok('feedback', 'feedback.send', payload, member)])
    const c = await gw.ok('feedback', 'feedback.send', payload, member)
    expect(new Set([a.id, b.id, c.id]).size).toBe(1)
    expect((await gw.ok('feedback', 'feedback.mine', {}, member)).items.filter((i) => i.content === '重发测试')).toHaveLength(1)
    // the same request id from another member is another item
    const other = await gw.ok('feedback', 'feedback.send', payload, people.staff1GroupMember)
    expect(other.id).not.toBe(a.id)
  })

  it(`allows ${FEEDBACK_DAILY_LIMIT} items a day per member, then a typed error; the next day again`, async () => {
    await clock('2026-05-14T02:00:00Z')
    const sender = people.staff2Members[0]
    for (let i = 0; i < FEEDBACK_DAILY_LIMIT; i++) {
      await gw.ok(
        'feedback',
        'feedback.send',
        { requestId: `req-budget-${i}`, kind: 'suggestion', to: 'org_department', content: `建议${i}`, anonymous: i % 2 === 0 },
        sender
      )
    }
    expect((await gw.ok('feedback', 'feedback.targets', {}, sender)).remainingToday).toBe(0)
    const over = await gw.call(
      'feedback',
      'feedback.send',
      { requestId: 'req-budget-over', kind: 'suggestion', to: 'org_department', content: '超出', anonymous: false },
      sender
    )
    expect(over).toMatchObject({ ok: false, error: { code: 'FEEDBACK_DAILY_LIMIT' } })
    // a retry of one already sent still answers
    expect(
      (
        await gw.call(
          'feedback',
          'feedback.send',
          { requestId: 'req-budget-0', kind: 'suggestion', to: 'org_department', content: '建议0', anonymous: true },
          sender
        )
      ).ok
    ).toBe(true)
    await clock('2026-05-14T16:30:00Z') // 00:30 the next day in Shanghai
    expect(
      (
        await gw.call(
          'feedback',
          'feedback.send',
          { requestId: 'req-budget-next', kind: 'suggestion', to: 'org_department', content: '次日', anonymous: false },
          sender
        )
      ).ok
    ).toBe(true)
  })

  it('never reveals an anonymous sender’s name, id, phone or branch in any response', async () => {
    responses.push(await gw.ok('feedback', 'feedback.inbox', {}, org))
    const anonymousItems = responses
      .flatMap((r) => {
        const value = r as { items?: unknown[] } & Record<string, unknown>
        return value.items ?? [value]
      })
      .filter((item) => (item as { anonymous?: boolean }).anonymous === true && 'sender' in (item as object))
    expect(anonymousItems.length).toBeGreaterThan(3)
    const text = JSON.stringify(anonymousItems)
    for (const secret of [
      member.name,
      member.memberId,
      member.openId,
      member.phone,
      '教工第一党支部',
      people.staff2Members[0].name,
      people.staff2Members[0].memberId
    ]) {
      expect(text).not.toContain(secret)
    }
  })
})
