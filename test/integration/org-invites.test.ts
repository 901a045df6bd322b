import type { Result } from '../../cloudfunctions/_shared/contract/envelope'
import type { InviteView, MemberView } from '../../cloudfunctions/_shared/contract/org'
import { startDemoEmulator } from '../support/demo'
import { gateway, type ActionOf, type Caller, type Gateway, type PayloadOf } from '../support/gateway'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/** Joining: one-time invites bind the caller's OPENID to a member record; rebinding is a secretary's audited action. */
describe('org invites', () => {
  jest.setTimeout(60_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const secretary = people.staff1Secretary.openId // 教工第一党支部 · 书记
  let phone = 0
  let gw: Gateway

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
  })
  afterAll(() => demo.close())

  const org = <A extends ActionOf<'org'>>(as: Caller, action: A, payload: PayloadOf<'org', A>) => gw.call('org', action, payload, as)
  const ok = <T>(result: Result<T>): T => {
    expect(result).toMatchObject({ ok: true })
    if (!result.ok) throw new Error(result.error.code) // not reached: the expectation failed
    return result.data
  }

  async function newMemberWithInvite(name: string): Promise<{ member: MemberView; invite: InviteView }> {
    const member = ok(
      await org(secretary, 'members.add', { unitId: 'u-b-staff-1', name, phone: `1360000${String(1000 + (phone += 1))}`, type: '预备党员', category: '在职' })
    )
    const invite = ok(await org(secretary, 'invites.create', { memberId: member.id }))
    return { member, invite }
  }

  it('binds a newcomer once, who then sees their branch', async () => {
    const { member, invite } = await newMemberWithInvite('新同志')
    expect(invite.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(invite.joinPath).toContain(invite.code)
    expect(new Date(invite.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000)
    const joined = ok(await org('wx-new-1', 'invites.redeem', { code: invite.code.toLowerCase() }))
    expect(joined).toMatchObject({ id: member.id, bound: true, unitName: '教工第一党支部' })
    const me = ok(await gw.call('me', 'whoami', {}, 'wx-new-1'))
    expect(me.member).toMatchObject({ name: '新同志', unitName: '教工第一党支部', roleLabels: ['党员'], workbench: [] })
  })

  it('refuses a reused code, a forged code and an expired code, writing nothing', async () => {
    const { invite } = await newMemberWithInvite('甲同志')
    ok(await org('wx-new-2', 'invites.redeem', { code: invite.code }))
    expect(await org('wx-new-3', 'invites.redeem', { code: invite.code })).toMatchObject({ ok: false, error: { code: 'INVITE_USED' } })
    expect(await org('wx-new-3', 'invites.redeem', { code: 'ZZZZ2222' })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
    expect(await org('wx-new-3', 'invites.redeem', { code: 'not-a-code!' })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })

    const expiring = await newMemberWithInvite('乙同志')
    await demo.db
      .collection('invites')
      .doc(expiring.invite.code)
      .update({ expiresAt: new Date(Date.now() - 1000) })
    expect(await org('wx-new-3', 'invites.redeem', { code: expiring.invite.code })).toMatchObject({
      ok: false,
      error: { code: 'INVITE_EXPIRED', message: expect.stringContaining('过期') }
    })
    const { data } = await demo.db.collection('members').where({ openid: 'wx-new-3' }).get()
    expect(data).toEqual([])
  })

  it('lets exactly one of two people racing for one invite bind', async () => {
    const { member, invite } = await newMemberWithInvite('丙同志')
    const results = await Promise.all(['wx-race-a', 'wx-race-b'].map((openId) => org(openId, 'invites.redeem', { code: invite.code })))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'INVITE_USED' } })
    const stored = (await demo.db.collection('members').doc(member.id).get()).data[0]
    expect(['wx-race-a', 'wx-race-b']).toContain(stored.openid)
  })

  it('lets one WeChat account bind only one member, even racing two invites', async () => {
    const first = await newMemberWithInvite('丁同志')
    const second = await newMemberWithInvite('戊同志')
    const results = await Promise.all([first, second].map(({ invite }) => org('wx-greedy', 'invites.redeem', { code: invite.code })))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'ALREADY_MEMBER' } })
    const { data } = await demo.db.collection('members').where({ openid: 'wx-greedy' }).get()
    expect(data).toHaveLength(1)
  })

  it('rebinds: the old WeChat loses access, a new invite binds the new one, both audited', async () => {
    const { member, invite } = await newMemberWithInvite('己同志')
    ok(await org('wx-old-phone', 'invites.redeem', { code: invite.code }))
    expect(await org(secretary, 'invites.create', { memberId: member.id })).toMatchObject({ ok: false, error: { code: 'ALREADY_BOUND' } })
    const fresh = ok(await org(secretary, 'members.rebind', { memberId: member.id, reason: '更换手机号' }))
    const oldMe = ok(await gw.call('me', 'whoami', {}, 'wx-old-phone'))
    expect(oldMe.member).toBeNull()
    ok(await org('wx-new-phone', 'invites.redeem', { code: fresh.code }))
    const audit = ok(await org(secretary, 'audit.list', { unitId: 'u-b-staff-1', pageSize: 50 }))
    expect(audit.items.map((entry) => entry.action)).toEqual(expect.arrayContaining(['members.rebind', 'invites.redeem', 'invites.create', 'members.add']))
    expect(audit.items.find((entry) => entry.action === 'members.rebind')?.summary).toContain('更换手机号')
  })

  it('does not let a member raise their own role', async () => {
    const self = people.staff1Secretary.openId
    const me = ok(await gw.call('me', 'whoami', {}, self))
    const result = await org(self, 'roles.appoint', { memberId: me.member!.id, role: 'organizer', unitId: 'u-b-staff-1' })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('流动党员', () => {
  jest.setTimeout(60_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const secretary = people.staff1Secretary.openId // 教工第一党支部
  const mobile = people.staff1MobileMember.openId // a 流动党员 of 教工第一党支部

  beforeAll(async () => {
    demo = await startDemoEmulator()
  })
  afterAll(() => demo.close())

  it("takes part where they live: that branch's notices reach them, and they still count at home", async () => {
    const gw = gateway(demo.emulator.url)
    const org = <A extends ActionOf<'org'>>(as: Caller, action: A, payload: PayloadOf<'org', A>) => gw.call('org', action, payload, as)
    const notices = <A extends ActionOf<'notices'>>(as: Caller, action: A, payload: PayloadOf<'notices', A>) => gw.call('notices', action, payload, as)
    const me = await gw.call('me', 'whoami', {}, mobile)
    if (!me.ok || !me.data.member) throw new Error('mobile member missing')
    const set = await org(secretary, 'members.setActivityUnit', { memberId: me.data.member.id, activityUnitId: 'u-b-student-2' })
    expect(set).toMatchObject({ ok: true, data: { activityUnitId: 'u-b-student-2', unitId: 'u-b-staff-1' } })
    expect(await org(secretary, 'members.setActivityUnit', { memberId: people.staff1Member.memberId, activityUnitId: 'u-b-student-2' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('流动党员') }
    })
    expect(await org(secretary, 'members.setActivityUnit', { memberId: me.data.member.id, activityUnitId: 'u-gb-student' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })

    const draft = await notices(people.orgDepartment.openId, 'notices.saveDraft', { draft: sampleDraft(40) })
    if (!draft.ok) throw new Error(draft.error.message)
    expect(await notices(people.orgDepartment.openId, 'notices.publish', { id: draft.data.id, unitIds: ['u-gb-student'] })).toMatchObject({ ok: true })
    const list = await notices(mobile, 'notices.list', { view: 'member' })
    expect(list.ok && list.data.items.map((item) => item.id)).toEqual([draft.data.id])
    expect(await notices(mobile, 'notices.read', { id: draft.data.id, materialIndex: 0 })).toMatchObject({ ok: true, data: { firstRead: true } })
    // Formal ties stay at home: the read counts up the home branch's line (not sent there, so no counter), not at the activity branch.
    const away = (await demo.db.collection('noticeUnits').doc(`${draft.data.id}:u-b-student-2`).get()).data[0]
    expect(away.read).toBe(0)

    const cleared = await org(secretary, 'members.setActivityUnit', { memberId: me.data.member.id, activityUnitId: null })
    expect(cleared).toMatchObject({ ok: true, data: { activityUnitId: null } })
    expect(await notices(mobile, 'notices.get', { id: draft.data.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
