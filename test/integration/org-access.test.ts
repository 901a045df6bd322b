import { buildImportTemplate } from '../../cloudfunctions/_shared/domain/org/import'
import { memberIdFor } from '../../cloudfunctions/_shared/runtime/member-id'
import { startDemoEmulator } from '../support/demo'
import { callAs, restore, snapshot } from '../support/gateway'
import { people } from '../support/people'

/**
 * The authorisation matrix: every org action × every role × inside and outside
 * the caller's subtree. Expectations are written out here, independently of
 * the domain's role table, so a change to either shows up as a failure.
 * Every denial must be a typed FORBIDDEN error with a Chinese message, and
 * must write nothing (the whole database is compared before and after).
 */
const ACTORS = {
  orgDepartment: people.orgDepartment.openId, // 信息工程学院党委 · 组织部
  staffGeneralSecretary: people.staffGeneralSecretary.openId, // 教工党总支 · 书记
  staff1Secretary: people.staff1Secretary.openId, // 教工第一党支部 · 书记
  staff1Organizer: people.staff1Organizer.openId, // 教工第一党支部 · 组织委员
  staff1Committee: people.staff1GroupMember.openId, // 教工第一党支部 · 支委 (appointed in beforeAll)
  staff1Recorder: people.staff1MobileMember.openId, // 教工第一党支部 · 积分记录员 (appointed in beforeAll)
  staff1Member: people.staff1Member.openId, // 教工第一党支部 · 党员
  newcomer: people.newcomer.openId // not a member
} as const
type Actor = keyof typeof ACTORS

/** Targets: inside = 教工第一党支部 (under 教工党总支); outside = 本科生党支部 (under 学生党总支). */
const PLACES = {
  inside: {
    branch: 'u-b-staff-1',
    plainMember: people.staff1Member.memberId,
    unbound: people.staff1Unbound.memberId,
    organizer: people.staff1Organizer.memberId,
    group: 'u-g-staff-1-a'
  },
  outside: {
    branch: 'u-b-student-1',
    plainMember: people.student1Members[1].memberId,
    unbound: people.student1Unbound.memberId,
    organizer: people.student1Organizer.memberId,
    group: null
  }
} as const
type Place = keyof typeof PLACES

let phoneSeq = 0
/** An empty template is a valid file to preview (it has headers and no rows). */
let templateBase64 = ''
const PAYLOADS: Record<string, (p: (typeof PLACES)[Place]) => unknown> = {
  'members.list': (p) => ({ unitId: p.branch }),
  'members.add': (p) => ({ unitId: p.branch, name: '测试党员', phone: `1390000${String(1000 + (phoneSeq += 1))}`, type: '正式党员', category: '在职' }),
  'members.move': (p) => ({ memberId: p.plainMember, toUnitId: p.branch, groupId: p.group }),
  'members.setActivityUnit': (p) => ({ memberId: p.plainMember, activityUnitId: 'u-b-student-2' }),
  'members.deactivate': (p) => ({ memberId: p.plainMember, status: 'inactive', reason: '测试停用' }),
  'roles.appoint': (p) => ({ memberId: p.plainMember, role: 'points_recorder', unitId: p.branch }),
  'roles.revoke': (p) => ({ memberId: p.organizer, role: 'organizer', unitId: p.branch }),
  'import.preview': (p) => ({ unitId: p.branch, base64: templateBase64 }),
  'invites.create': (p) => ({ memberId: p.unbound }),
  'members.rebind': (p) => ({ memberId: p.plainMember, reason: '更换手机' }),
  'import.commit': (p) => ({
    unitId: p.branch,
    rows: [
      {
        row: 2,
        name: '导入党员',
        phone: `1370000${String(1000 + (phoneSeq += 1))}`,
        unitName: p.branch === 'u-b-staff-1' ? '教工第一党支部' : '本科生党支部',
        groupName: null,
        type: '正式党员',
        category: '在职'
      }
    ]
  }),
  'audit.list': (p) => ({ unitId: p.branch }),
  'units.create': (p) => ({ parentId: p.branch, name: '新党小组', type: 'group' })
}
const ACTIONS = Object.keys(PAYLOADS)

const ALL = new Set(ACTIONS)
const MEMBER_MANAGEMENT = new Set([
  'members.list',
  'members.add',
  'members.move',
  'members.setActivityUnit',
  'members.deactivate',
  'invites.create',
  'members.rebind',
  'import.preview',
  'import.commit'
])
/** Who may do what inside; outside the subtree only the 组织部 may act. */
const ALLOWED_INSIDE: Record<Actor, Set<string>> = {
  orgDepartment: ALL,
  staffGeneralSecretary: ALL,
  staff1Secretary: new Set([...MEMBER_MANAGEMENT, 'roles.appoint', 'roles.revoke', 'audit.list']),
  staff1Organizer: MEMBER_MANAGEMENT,
  staff1Committee: new Set(['members.list']),
  staff1Recorder: new Set(['members.list']),
  staff1Member: new Set(),
  newcomer: new Set()
}
const allowed = (actor: Actor, place: Place, action: string): boolean => (place === 'inside' ? ALLOWED_INSIDE[actor].has(action) : actor === 'orgDepartment')

const CASES = (Object.keys(ACTORS) as Actor[]).flatMap((actor) =>
  (Object.keys(PLACES) as Place[]).flatMap((place) => ACTIONS.map((action) => [actor, place, action, allowed(actor, place, action)] as const))
)

describe('org authorisation matrix', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let seeded: string

  beforeAll(async () => {
    demo = await startDemoEmulator()
    // The demo data has no 支委 or 积分记录员: the branch secretary appoints them, through the function.
    for (const [phone, role] of [
      [people.staff1GroupMember.phone, 'branch_committee'],
      [people.staff1MobileMember.phone, 'points_recorder']
    ] as const) {
      const appointed = await callAs(demo.emulator.url, ACTORS.staff1Secretary, 'org', 'roles.appoint', {
        memberId: memberIdFor(phone),
        role,
        unitId: 'u-b-staff-1'
      })
      expect(appointed).toMatchObject({ ok: true })
    }
    // The plain targets are 流动党员, so setting where they take part is a valid request (the 13 above is now 积分记录员: rank is org-rank.test.ts's subject).
    for (const place of Object.values(PLACES)) await demo.db.collection('members').doc(place.plainMember).update({ category: '流动党员' })
    seeded = await snapshot(demo.emulator.url)
    templateBase64 = (await buildImportTemplate({ unitNames: ['教工第一党支部'] })).toString('base64')
  })
  afterAll(() => demo.close())

  it('shows each role only its own subtree in units.tree, and nothing to plain members', async () => {
    const tree = async (actor: Actor): Promise<string[]> => {
      const result = await callAs<Array<{ id: string }>>(demo.emulator.url, ACTORS[actor], 'org', 'units.tree', {})
      return result.ok ? result.data.map((unit) => unit.id) : [`error:${result.error.code}`]
    }
    expect(await tree('orgDepartment')).toHaveLength(10)
    expect(await tree('staffGeneralSecretary')).toEqual(['u-gb-staff', 'u-b-staff-1', 'u-g-staff-1-a', 'u-b-staff-2', 'u-b-staff-3'])
    expect(await tree('staff1Secretary')).toEqual(['u-b-staff-1', 'u-g-staff-1-a'])
    expect(await tree('staff1Recorder')).toEqual(['u-b-staff-1', 'u-g-staff-1-a'])
    expect(await tree('staff1Member')).toEqual([])
    expect(await tree('newcomer')).toEqual(['error:FORBIDDEN'])
  })

  it('lists every branch of the 党委 (names only) to member managers, and to no one else', async () => {
    const branches = await callAs<Array<{ name: string }>>(demo.emulator.url, ACTORS.staff1Organizer, 'org', 'units.branches', {})
    expect(branches.ok && branches.data.map((b) => b.name)).toEqual(expect.arrayContaining(['本科生党支部', '研究生党支部', '教工第一党支部']))
    expect(branches.ok && branches.data).toHaveLength(6)
    expect(await callAs(demo.emulator.url, ACTORS.staff1Recorder, 'org', 'units.branches', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await callAs(demo.emulator.url, ACTORS.staff1Member, 'org', 'units.branches', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('offers the import template to roles that may import, and no one else', async () => {
    expect(await callAs(demo.emulator.url, ACTORS.staff1Organizer, 'org', 'import.template', {})).toMatchObject({
      ok: true,
      data: { fileName: expect.stringContaining('.xlsx') }
    })
    expect(await callAs(demo.emulator.url, ACTORS.staff1Member, 'org', 'import.template', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it.each(CASES)('%s %s: %s → allowed=%s', async (actor, place, action, expected) => {
    await restore(demo.emulator.url, seeded)
    const result = await callAs(demo.emulator.url, ACTORS[actor], 'org', action, PAYLOADS[action](PLACES[place]))
    if (expected) {
      expect(result).toMatchObject({ ok: true })
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
      expect(await snapshot(demo.emulator.url)).toBe(seeded)
    }
  })

  it('covers every action of the org function that targets a unit', () => {
    const { schemas } = jest.requireActual('../../cloudfunctions/org/schemas') as { schemas: Record<string, unknown> }
    // These three have no target unit; their own tests cover who may call them.
    const free = ['units.tree', 'units.branches', 'invites.redeem', 'invites.resolve', 'import.template']
    expect(
      Object.keys(schemas)
        .filter((action) => !free.includes(action))
        .sort()
    ).toEqual([...ACTIONS].sort())
  })
})
