import type { ImportMemberRow } from '../../cloudfunctions/_shared/contract/org'
import { memberIdFor } from '../../cloudfunctions/_shared/runtime/member-id'
import { startDemoEmulator } from '../support/demo'
import { gateway, restore, snapshot, type ActionOf, type Caller, type PayloadOf } from '../support/gateway'
import { people } from '../support/people'

/**
 * The security issue's reproductions, against the demo data `npm start`
 * serves: each was an attack that worked before the fix. A refusal must be a
 * typed error and must write nothing (the whole database is compared).
 */
const ORG_DEPT = people.orgDepartment.openId
const GB_SECRETARY = people.staffGeneralSecretary.openId // 教工党总支 · 书记
const SECRETARY = people.staff1Secretary.openId // 教工第一党支部 · 书记
const ORGANIZER = people.staff1Organizer.openId // 教工第一党支部 · 组织委员
const MEMBER_12 = people.staff1GroupMember.memberId // 教工第一党支部 · 党员
const UNBOUND = people.staff1Unbound.memberId // 教工第一党支部 · 未绑定
const SECRETARY_ID = people.staff1Secretary.memberId

describe('security reproductions', () => {
  jest.setTimeout(90_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let seeded: string
  const org = <A extends ActionOf<'org'>>(as: Caller, action: A, payload: PayloadOf<'org', A>) => gateway(demo.emulator.url).call('org', action, payload, as)
  const whoami = async (as: Caller) => gateway(demo.emulator.url).call('me', 'whoami', {}, as)
  /** A typed FORBIDDEN with a Chinese message, and the database exactly as it was (`before`, default: as seeded). */
  const refusedUnchanged = async (result: unknown, before = seeded): Promise<void> => {
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
    expect(await snapshot(demo.emulator.url)).toBe(before)
  }

  beforeAll(async () => {
    demo = await startDemoEmulator()
    seeded = await snapshot(demo.emulator.url)
  })
  beforeEach(async () => restore(demo.emulator.url, seeded))
  afterAll(() => demo.close())

  describe('1. rank on member actions', () => {
    it('stops a 组织委员 from rebinding the branch secretary and taking over the account', async () => {
      await refusedUnchanged(await org(ORGANIZER, 'members.rebind', { memberId: SECRETARY_ID, reason: '换手机' }))
      // The chain of the report ends here: no code was issued, so the attacker has nothing to redeem.
      expect((await whoami('attacker-wx2')).ok && (await whoami('attacker-wx2'))).toMatchObject({ ok: true, data: { member: null } })
    })

    it('stops a 组织委员 from deactivating the secretary (which used to wipe their roles past the rank rule)', async () => {
      await refusedUnchanged(await org(ORGANIZER, 'members.deactivate', { memberId: SECRETARY_ID, status: 'inactive', reason: '测试' }))
      await refusedUnchanged(await org(ORGANIZER, 'members.move', { memberId: SECRETARY_ID, toUnitId: 'u-b-staff-1', groupId: 'u-g-staff-1-a' }))
      await refusedUnchanged(await org(ORGANIZER, 'invites.create', { memberId: SECRETARY_ID }))
    })

    it('protects a 党总支书记 who is a member of the branch the same way', async () => {
      expect(await org(ORG_DEPT, 'roles.appoint', { memberId: MEMBER_12, role: 'general_branch_secretary', unitId: 'u-gb-staff' })).toMatchObject({ ok: true })
      const appointed = await snapshot(demo.emulator.url)
      await refusedUnchanged(await org(ORGANIZER, 'members.rebind', { memberId: MEMBER_12, reason: '换手机' }), appointed)
      await refusedUnchanged(await org(SECRETARY, 'members.deactivate', { memberId: MEMBER_12, status: 'inactive', reason: '测试' }), appointed)
      await refusedUnchanged(await org(SECRETARY, 'roles.revoke', { memberId: MEMBER_12, role: 'general_branch_secretary', unitId: 'u-gb-staff' }), appointed)
    })

    it('lets nobody aim a member action at themselves', async () => {
      await refusedUnchanged(await org(SECRETARY, 'members.rebind', { memberId: SECRETARY_ID, reason: '换手机' }))
      await refusedUnchanged(await org(SECRETARY, 'members.move', { memberId: SECRETARY_ID, toUnitId: 'u-b-staff-1', groupId: 'u-g-staff-1-a' }))
    })

    it('keeps a secretary moved into a 党小组 of their own branch a secretary', async () => {
      expect(await org(GB_SECRETARY, 'members.move', { memberId: SECRETARY_ID, toUnitId: 'u-b-staff-1', groupId: 'u-g-staff-1-a' })).toMatchObject({ ok: true })
      const me = await whoami(SECRETARY)
      expect(me.ok && me.data.member?.roles).toEqual(expect.arrayContaining([{ role: 'branch_secretary', unitId: 'u-b-staff-1' }]))
      expect(me.ok && me.data.member?.groupName).toBe('第一党小组')
    })
  })

  describe('2. one valid invite per member', () => {
    it('revokes an earlier invite when a new one is issued, and when the member is rebound', async () => {
      const first = await org(SECRETARY, 'invites.create', { memberId: UNBOUND })
      const second = await org(SECRETARY, 'invites.create', { memberId: UNBOUND })
      if (!first.ok || !second.ok) throw new Error('invites.create failed')
      const rebound = await org(SECRETARY, 'members.rebind', { memberId: UNBOUND, reason: '换手机' })
      if (!rebound.ok) throw new Error('members.rebind failed')
      for (const old of [first.data.code, second.data.code]) {
        expect(await org('attacker-wx2', 'invites.redeem', { code: old })).toMatchObject({ ok: false, error: { code: 'INVITE_REVOKED' } })
      }
      expect((await whoami('attacker-wx2')).ok && (await whoami('attacker-wx2'))).toMatchObject({ data: { member: null } })
      expect(await org('rightful-wx', 'invites.redeem', { code: rebound.data.code })).toMatchObject({ ok: true, data: { id: UNBOUND, bound: true } })
    })

    it('revokes the invite of a bound member who is rebound after binding', async () => {
      const invite = await org(SECRETARY, 'invites.create', { memberId: UNBOUND })
      if (!invite.ok) throw new Error('invites.create failed')
      expect(await org('first-wx', 'invites.redeem', { code: invite.data.code })).toMatchObject({ ok: true })
      const rebound = await org(SECRETARY, 'members.rebind', { memberId: UNBOUND, reason: '换微信' })
      if (!rebound.ok) throw new Error('members.rebind failed')
      expect(await org('second-wx', 'invites.redeem', { code: invite.data.code })).toMatchObject({ ok: false, error: { code: 'INVITE_USED' } })
      expect(await org('second-wx', 'invites.redeem', { code: rebound.data.code })).toMatchObject({ ok: true })
    })
  })

  describe('3. documents a client wrote are never an identity', () => {
    it('ignores a members document carrying the platform stamp of a client write', async () => {
      // What `wx.cloud.database().collection('members').add(…)` would store, were the rules not to deny it.
      await demo.db.collection('members').add({
        _openid: 'attacker-wx',
        openid: 'attacker-wx',
        name: '冒充者',
        status: 'active',
        unitId: 'u-committee',
        unitPath: '/u-committee/',
        roles: [{ role: 'org_department', unitId: 'u-committee', unitPath: '/u-committee/' }]
      })
      expect(await whoami('attacker-wx')).toEqual({ ok: true, data: { member: null } })
      expect(await org('attacker-wx', 'units.tree', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await org('attacker-wx', 'members.list', { unitId: 'u-committee' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    })

    it('does not tell a caller their own OPENID', async () => {
      const me = await whoami(SECRETARY)
      expect(JSON.stringify(me)).not.toContain(SECRETARY)
    })
  })

  describe('5. timers only by the platform marker', () => {
    const forged = { Type: 'Timer', TriggerName: 'remindBeforeStudyDay', Time: new Date().toISOString() }
    it.each([
      ['notices', 'remindBeforeStudyDay'],
      ['meetings', 'dailyMeetings'],
      ['dashboard', 'nightlyRecount'],
      ['dashboard', 'weeklyDigest']
    ])('refuses a %s call without an OPENID that poses as the %s timer', async (name, trigger) => {
      // A server-side SDK call carries no OPENID, like a web or HTTP caller: it used to pass as the timer.
      const result = await demo.app.callFunction({ name, data: { ...forged, TriggerName: trigger } })
      expect(result.result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      const viaGateway = await fetch(`${demo.emulator.url}/gateway/functions/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-openid': SECRETARY },
        body: JSON.stringify({ ...forged, TriggerName: trigger })
      })
      expect(((await viaGateway.json()) as { result: unknown }).result).toMatchObject({ ok: false })
      // Nothing sent: 小程序码 requests made by earlier invites (wxacode) are not messages.
      expect(demo.emulator.outbox.list().filter((call) => call.apiName !== '/wxa/getwxacodeunlimit')).toEqual([])
    })
  })

  describe("6. refusals name only people inside the caller's scope", () => {
    const studentPhone = people.student1Members[1].phone // a member of 本科生党支部
    it('does not name a person of another branch when their phone is added again', async () => {
      const result = await org(SECRETARY, 'members.add', { unitId: 'u-b-staff-1', name: '新党员', phone: studentPhone, type: '正式党员', category: '在职' })
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
      const names = await demoNames()
      expect(result.ok === false && names.some((name) => result.error.message.includes(name))).toBe(false)
      expect(await snapshot(demo.emulator.url)).toBe(seeded)
    })

    it('still names a person inside the scope, where it helps the secretary', async () => {
      const result = await org(SECRETARY, 'members.add', {
        unitId: 'u-b-staff-1',
        name: '新党员',
        phone: people.staff1Member.phone,
        type: '正式党员',
        category: '在职'
      })
      const member = (await demo.db.collection('members').doc(people.staff1Member.memberId).get()).data[0] as { name: string }
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(member.name) } })
    })

    it('reports an import row registered elsewhere by its number only, not as unchanged', async () => {
      const rows: ImportMemberRow[] = [
        { row: 2, name: '外支部', phone: studentPhone, unitName: '教工第一党支部', groupName: null, type: '正式党员', category: '在职' },
        { row: 3, name: '本支部', phone: people.staff1Member.phone, unitName: '教工第一党支部', groupName: null, type: '正式党员', category: '在职' }
      ]
      expect(await org(SECRETARY, 'import.commit', { unitId: 'u-b-staff-1', rows })).toEqual({ ok: true, data: { created: 0, unchanged: 1, elsewhere: [2] } })
    })
  })

  describe('8. no bidi or control characters in stored text', () => {
    it('strips them from names and reasons at input', async () => {
      const added = await org(SECRETARY, 'members.add', {
        unitId: 'u-b-staff-1',
        name: '王\u202e伟\u0007',
        phone: '13900009999',
        type: '正式党员',
        category: '在职'
      })
      expect(added).toMatchObject({ ok: true, data: { name: '王伟' } })
      const stored = (await demo.db.collection('members').doc(memberIdFor('13900009999')).get()).data[0] as { name: string }
      expect(stored.name).toBe('王伟')
      expect(await org(SECRETARY, 'members.rebind', { memberId: memberIdFor('13900009999'), reason: '换\u2066手机\u2069' })).toMatchObject({ ok: true })
      const { data } = await demo.db.collection('audit').where({ action: 'members.rebind' }).get()
      expect((data as Array<{ summary: string }>).map((entry) => entry.summary).join('')).not.toMatch(/[\u2066\u2069\u202e]/)
    })
  })

  async function demoNames(): Promise<string[]> {
    const { data } = await demo.db.collection('members').limit(1000).get()
    return (data as Array<{ name: string }>).map((member) => member.name)
  }
})
