import type { InviteView, MemberView } from '../../cloudfunctions/_shared/contract/org'
import type { WhoamiResult } from '../../cloudfunctions/_shared/contract/me'
import { startDemoEmulator } from '../support/demo'
import { callAs } from '../support/gateway'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/** Joining: one-time invites bind the caller's OPENID to a member record; rebinding is a secretary's audited action. */
describe('org invites', () => {
  jest.setTimeout(60_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const secretary = people.staff1Secretary.openId // 教工第一党支部 · 书记
  let phone = 0

  beforeAll(async () => {
    demo = await startDemoEmulator()
  })
  afterAll(() => demo.close())

  const org = <T>(openId: string, action: string, payload?: unknown) => callAs<T>(demo.emulator.url, openId, 'org', action, payload)
  const ok = <T>(result: { ok: boolean; data?: T }): T => {
    expect(result).toMatchObject({ ok: true })
    return result.data as T
  }

  async function newMemberWithInvite(name: string): Promise<{ member: MemberView; invite: InviteView }> {
    const member = ok(await org<MemberView>(secretary, 'members.add', { unitId: 'u-b-staff-1', name, phone: `1360000${String(1000 + (phone += 1))}`, type: '预备党员', category: '在职' }))
    const invite = ok(await org<InviteView>(secretary, 'invites.create', { memberId: member.id }))
    return { member, invite }
  }

  it('binds a newcomer once, who then sees their branch', async () => {
    const { member, invite } = await newMemberWithInvite('新同志')
    expect(invite.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(invite.joinPath).toContain(invite.code)
    expect(new Date(invite.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000)
    const joined = ok(await org<MemberView>('wx-new-1', 'invites.redeem', { code: invite.code.toLowerCase() }))
    expect(joined).toMatchObject({ id: member.id, bound: true, unitName: '教工第一党支部' })
    const me = ok(await callAs<WhoamiResult>(demo.emulator.url, 'wx-new-1', 'me', 'whoami', {}))
    expect(me.member).toMatchObject({ name: '新同志', unitName: '教工第一党支部', roleLabels: ['党员'], workbench: [] })
  })

  it('refuses a reused code, a forged code and an expired code, writing nothing', async () => {
    const { invite } = await newMemberWithInvite('甲同志')
    ok(await org('wx-new-2', 'invites.redeem', { code: invite.code }))
    expect(await org('wx-new-3', 'invites.redeem', { code: invite.code })).toMatchObject({ ok: false, error: { code: 'INVITE_USED' } })
    expect(await org('wx-new-3', 'invites.redeem', { code: 'ZZZZ2222' })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
    expect(await org('wx-new-3', 'invites.redeem', { code: 'not-a-code!' })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })

    const expiring = await newMemberWithInvite('乙同志')
    await demo.db.collection('invites').doc(expiring.invite.code).update({ expiresAt: new Date(Date.now() - 1000) })
    expect(await org('wx-new-3', 'invites.redeem', { code: expiring.invite.code })).toMatchObject({ ok: false, error: { code: 'INVITE_EXPIRED', message: expect.stringContaining('过期') } })
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
    const fresh = ok(await org<InviteView>(secretary, 'members.rebind', { memberId: member.id, reason: '更换手机号' }))
    const oldMe = ok(await callAs<WhoamiResult>(demo.emulator.url, 'wx-old-phone', 'me', 'whoami', {}))
    expect(oldMe.member).toBeNull()
    ok(await org('wx-new-phone', 'invites.redeem', { code: fresh.code }))
    const audit = ok(await org<{ items: Array<{ action: string; summary: string }> }>(secretary, 'audit.list', { unitId: 'u-b-staff-1', pageSize: 50 }))
    expect(audit.items.map((entry) => entry.action)).toEqual(expect.arrayContaining(['members.rebind', 'invites.redeem', 'invites.create', 'members.add']))
    expect(audit.items.find((entry) => entry.action === 'members.rebind')?.summary).toContain('更换手机号')
  })

  it('does not let a member raise their own role', async () => {
    const self = people.staff1Secretary.openId
    const me = ok(await callAs<WhoamiResult>(demo.emulator.url, self, 'me', 'whoami', {}))
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

  it('takes part where they live: that branch\'s notices reach them, and they still count at home', async () => {
    const org = <T>(openId: string, action: string, payload?: unknown) => callAs<T>(demo.emulator.url, openId, 'org', action, payload)
    const notices = <T>(openId: string, action: string, payload?: unknown) => callAs<T>(demo.emulator.url, openId, 'notices', action, payload)
    const me = await callAs<WhoamiResult>(demo.emulator.url, mobile, 'me', 'whoami', {})
    if (!me.ok || !me.data.member) throw new Error('mobile member missing')
    const set = await org<MemberView>(secretary, 'members.setActivityUnit', { memberId: me.data.member.id, activityUnitId: 'u-b-student-2' })
    expect(set).toMatchObject({ ok: true, data: { activityUnitId: 'u-b-student-2', unitId: 'u-b-staff-1' } })
    expect(await org(secretary, 'members.setActivityUnit', { memberId: people.staff1Member.memberId, activityUnitId: 'u-b-student-2' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('流动党员') } })
    expect(await org(secretary, 'members.setActivityUnit', { memberId: me.data.member.id, activityUnitId: 'u-gb-student' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })

    const draft = await notices<{ id: string }>(people.orgDepartment.openId, 'notices.saveDraft', { draft: sampleDraft(40) })
    if (!draft.ok) throw new Error(draft.error.message)
    expect(await notices(people.orgDepartment.openId, 'notices.publish', { id: draft.data.id, unitIds: ['u-gb-student'] })).toMatchObject({ ok: true })
    const list = await notices<{ items: Array<{ id: string }> }>(mobile, 'notices.list', { view: 'member' })
    expect(list.ok && list.data.items.map((item) => item.id)).toEqual([draft.data.id])
    expect(await notices(mobile, 'notices.read', { id: draft.data.id, materialIndex: 0 })).toMatchObject({ ok: true, data: { firstRead: true } })
    // Formal ties stay at home: the read counts up the home branch's line (not sent there, so no counter), not at the activity branch.
    const away = (await demo.db.collection('noticeUnits').doc(`${draft.data.id}:u-b-student-2`).get()).data[0]
    expect(away.read).toBe(0)

    const cleared = await org<MemberView>(secretary, 'members.setActivityUnit', { memberId: me.data.member.id, activityUnitId: null })
    expect(cleared).toMatchObject({ ok: true, data: { activityUnitId: null } })
    expect(await notices(mobile, 'notices.get', { id: draft.data.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
