import type { Role } from '../../cloudfunctions/_shared/contract/org'
import type { MemberDoc } from '../../cloudfunctions/_shared/data/org-docs'
import { memberIdFor } from '../../cloudfunctions/_shared/runtime/member-id'
import { newMemberDoc } from '../../cloudfunctions/org/member-doc'
import { startDemoEmulator } from '../support/demo'
import { callAs, restore, snapshot } from '../support/gateway'
import { people } from '../support/people'

/**
 * The rank matrix: every action that targets a member × every caller role ×
 * every role the target may hold × inside and outside the caller's subtree.
 * A caller needs the capability over the target's unit AND must outrank every
 * role the target holds. Ranks and scopes are written out here, independently
 * of the domain's tables, so a change to either shows up as a failure. Every
 * denial is a typed FORBIDDEN and writes nothing (the whole export compared).
 */
const ACTORS = {
  orgDepartment: people.orgDepartment.openId,
  staffGeneralSecretary: people.staffGeneralSecretary.openId,
  staff1Secretary: people.staff1Secretary.openId,
  staff1Organizer: people.staff1Organizer.openId,
  staff1Committee: people.staff1GroupMember.openId, // appointed in beforeAll
  staff1Recorder: people.staff1MobileMember.openId, // appointed in beforeAll
  staff1Member: people.staff1Member.openId,
  newcomer: people.newcomer.openId
} as const
type Actor = keyof typeof ACTORS

/** The caller's standing over 教工第一党支部 (inside) and 本科生党支部 (outside); null: no management there at all. */
const RANK: Record<Actor, { inside: number | null; outside: number | null }> = {
  orgDepartment: { inside: 4, outside: 4 },
  staffGeneralSecretary: { inside: 3, outside: null },
  staff1Secretary: { inside: 2, outside: null },
  staff1Organizer: { inside: 1, outside: null },
  staff1Committee: { inside: null, outside: null },
  staff1Recorder: { inside: null, outside: null },
  staff1Member: { inside: null, outside: null },
  newcomer: { inside: null, outside: null }
}
/** Who may appoint and revoke (the 组织委员 manages members but not offices). */
const APPOINTERS = new Set<Actor>(['orgDepartment', 'staffGeneralSecretary', 'staff1Secretary'])

const TARGET_RANK: Record<Role, number> = {
  member: 0,
  points_recorder: 1,
  organizer: 1,
  branch_committee: 1,
  branch_secretary: 2,
  general_branch_secretary: 3,
  org_department: 4
}
const TARGET_ROLES = Object.keys(TARGET_RANK) as Role[]

const PLACES = {
  inside: { branch: 'u-b-staff-1', generalBranch: 'u-gb-staff', group: 'u-g-staff-1-a' as string | null, prefix: '1391' },
  outside: { branch: 'u-b-student-1', generalBranch: 'u-gb-student', group: null as string | null, prefix: '1392' }
} as const
type Place = keyof typeof PLACES

/** The unit where a target holds the office `role`. */
const officeUnit = (role: Role, place: Place): string =>
  role === 'org_department' ? 'u-committee' : role === 'general_branch_secretary' ? PLACES[place].generalBranch : PLACES[place].branch

const phoneOf = (place: Place, role: Role): string => `${PLACES[place].prefix}000${String(1000 + TARGET_ROLES.indexOf(role))}`
const targetId = (place: Place, role: Role): string => memberIdFor(phoneOf(place, role))

type Payload = (target: string, role: Role, place: Place) => unknown
const ACTIONS: Record<string, Payload> = {
  'members.move': (target, _role, place) => ({ memberId: target, toUnitId: PLACES[place].branch, groupId: PLACES[place].group }),
  'members.deactivate': (target) => ({ memberId: target, status: 'inactive', reason: '测试停用' }),
  'members.setActivityUnit': (target) => ({ memberId: target, activityUnitId: 'u-b-student-2' }),
  'members.rebind': (target) => ({ memberId: target, reason: '更换手机' }),
  'invites.create': (target) => ({ memberId: target }),
  'roles.appoint': (target, _role, place) => ({ memberId: target, role: 'points_recorder', unitId: PLACES[place].branch }),
  // The office the target holds (a plain member has none: revoking one they lack, once authorised, is NOT_FOUND).
  'roles.revoke': (target, role, place) =>
    role === 'member'
      ? { memberId: target, role: 'points_recorder', unitId: PLACES[place].branch }
      : { memberId: target, role, unitId: officeUnit(role, place) }
}
const OFFICE_ACTIONS = new Set(['roles.appoint', 'roles.revoke'])

function allowed(actor: Actor, place: Place, action: string, role: Role): boolean {
  const rank = RANK[actor][place]
  if (rank === null) return false
  if (OFFICE_ACTIONS.has(action) && !APPOINTERS.has(actor)) return false
  return rank > TARGET_RANK[role]
}

const CASES = (Object.keys(ACTORS) as Actor[]).flatMap((actor) =>
  (Object.keys(PLACES) as Place[]).flatMap((place) =>
    Object.keys(ACTIONS).flatMap((action) => TARGET_ROLES.map((role) => [actor, place, action, role, allowed(actor, place, action, role)] as const))
  )
)

describe('org rank matrix (member-targeting actions)', () => {
  jest.setTimeout(180_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let seeded: string
  let dirty = false

  beforeAll(async () => {
    demo = await startDemoEmulator()
    for (const [phone, role] of [
      [people.staff1GroupMember.phone, 'branch_committee'],
      [people.staff1MobileMember.phone, 'points_recorder']
    ] as const) {
      expect(
        await callAs(demo.emulator.url, ACTORS.staff1Secretary, 'org', 'roles.appoint', { memberId: memberIdFor(phone), role, unitId: 'u-b-staff-1' })
      ).toMatchObject({ ok: true })
    }
    // One unbound 流动党员 per place and role, holding exactly that role (besides membership).
    const { data: units } = await demo.db.collection('units').limit(100).get()
    const pathOf = (id: string): string => (units as Array<{ _id: string; path: string }>).find((unit) => unit._id === id)!.path
    for (const place of Object.keys(PLACES) as Place[]) {
      const branch = { id: PLACES[place].branch, path: pathOf(PLACES[place].branch) }
      for (const role of TARGET_ROLES) {
        const doc: MemberDoc = newMemberDoc({ name: `目标${role}`, phone: phoneOf(place, role), type: '正式党员', category: '流动党员', branch, groupId: null })
        if (role !== 'member') doc.roles.push({ role, unitId: officeUnit(role, place), unitPath: pathOf(officeUnit(role, place)) })
        const { _id, ...fields } = doc
        await demo.db.collection('members').doc(_id).set(fields)
      }
    }
    seeded = await snapshot(demo.emulator.url)
  })
  afterAll(() => demo.close())

  it.each(CASES)('%s %s: %s on a target holding %s → allowed=%s', async (actor, place, action, role, expected) => {
    if (dirty) await restore(demo.emulator.url, seeded)
    const result = await callAs(demo.emulator.url, ACTORS[actor], 'org', action, ACTIONS[action](targetId(place, role), role, place))
    if (expected) {
      dirty = true
      if (action === 'roles.revoke' && role === 'member') expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      else expect(result).toMatchObject({ ok: true })
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
      const after = await snapshot(demo.emulator.url)
      dirty = after !== seeded
      expect(after).toBe(seeded)
    }
  })

  it('covers every member-targeting action the domain declares', () => {
    const { MEMBER_TARGETED_ACTIONS } = jest.requireActual('../../cloudfunctions/_shared/domain/org/authorize') as {
      MEMBER_TARGETED_ACTIONS: readonly string[]
    }
    expect([...MEMBER_TARGETED_ACTIONS].sort()).toEqual(Object.keys(ACTIONS).sort())
  })
})
