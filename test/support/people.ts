/**
 * The demo organisation's people, by who they are (role + unit), looked up in
 * the seed's own definitions (`scripts/seed/demo-org.ts`) rather than by the
 * openid the seed happens to give them: reordering or growing the seed moves
 * the numbers, not the people these names resolve to.
 *
 *   people.staff1Secretary.openId   // act as 教工第一党支部's 支部书记
 *   people.staff1Member.memberId    // a plain member of the same branch
 */
import { demoMembers, demoUnits, NEWCOMER, type DemoMember, type DemoUnit } from '../../scripts/seed/demo-org'
import type { Role } from '../../cloudfunctions/_shared/contract/org'
import { memberIdFor } from '../../cloudfunctions/_shared/runtime/member-id'

/** Someone a test can act as: what the gateway needs is the openid. */
export interface Account {
  openId: string
  name: string
}

/** A seeded member who has not joined in WeChat yet: there is nobody to act as. */
export interface Unbound {
  name: string
  phone: string
  unitId: string
  groupId: string | null
  category: DemoMember['category']
  /** Derived from the phone with this test file's PS_MEMBER_ID_SECRET, when read. */
  readonly memberId: string
}

/** A seeded member bound to WeChat. */
export interface Person extends Account, Unbound {}

const units = demoUnits()
const members = demoMembers(units)

function unitNamed(name: string): DemoUnit {
  const found = units.find((u) => u.name === name)
  if (!found) throw new Error(`the demo seed has no unit named ${name}`)
  return found
}

function only<T>(found: T[], what: string): T {
  if (found.length !== 1) throw new Error(`the demo seed has ${found.length} ${what}, expected exactly one`)
  return found[0]
}

function unbound(member: DemoMember): Unbound {
  const { phone } = member
  return {
    name: member.name,
    phone,
    unitId: member.unitId,
    groupId: member.groupId,
    category: member.category,
    get memberId() {
      return memberIdFor(phone)
    }
  }
}

function person(member: DemoMember): Person {
  if (!member.openid) throw new Error(`demo member ${member.name} has no openid`)
  const { phone } = member
  // Not a spread of unbound(): that would read the memberId getter now.
  return {
    openId: member.openid,
    name: member.name,
    phone,
    unitId: member.unitId,
    groupId: member.groupId,
    category: member.category,
    get memberId() {
      return memberIdFor(phone)
    }
  }
}

function holder(role: Role, unit: DemoUnit): Person {
  return person(
    only(
      members.filter((m) => m.roles.some((r) => r.role === role && r.unitId === unit._id)),
      `${role} of ${unit.name}`
    )
  )
}

/** Members of the unit with no role beyond 党员, in the seed's order. */
function plain(unit: DemoUnit): DemoMember[] {
  return members.filter((m) => m.unitId === unit._id && m.status === 'active' && m.roles.every((r) => r.role === 'member'))
}

/** Who is who in one 党支部. */
export interface Branch {
  unitId: string
  name: string
  secretary: Person
  organizer: Person
  /** Plain members bound to WeChat, in the seed's order (流动党员 included). */
  members: Person[]
  /** Plain members bound to WeChat, 在职 (not 流动 nor 离退休), in the seed's order. */
  working: Person[]
  /** The branch's 流动党员 bound to WeChat, if any. */
  mobile: Person[]
  /** Members not yet bound to WeChat (someone to invite). */
  unbound: Unbound[]
}

function branch(name: string): Branch {
  const unit = unitNamed(name)
  const bound = plain(unit).filter((m) => m.openid)
  return {
    unitId: unit._id,
    name: unit.name,
    secretary: holder('branch_secretary', unit),
    organizer: holder('organizer', unit),
    members: bound.map(person),
    working: bound.filter((m) => m.category === '在职').map(person),
    mobile: bound.filter((m) => m.category === '流动党员').map(person),
    unbound: plain(unit)
      .filter((m) => !m.openid)
      .map(unbound)
  }
}

const committee = only(
  units.filter((u) => u.type === 'committee'),
  'committees'
)

/** The demo's 党支部 by name. */
export const branches = {
  direct: branch('机关直属党支部'),
  staff1: branch('教工第一党支部'),
  staff2: branch('教工第二党支部'),
  staffRetired: branch('离退休教工党支部'),
  student1: branch('本科生党支部'),
  student2: branch('研究生党支部')
}

const { staff1, staff2, student1 } = branches

export const people = {
  /** 信息工程学院党委 · 组织部 */
  orgDepartment: holder('org_department', committee),
  /** 教工党总支 · 党总支书记 */
  staffGeneralSecretary: holder('general_branch_secretary', unitNamed('教工党总支')),
  /** 学生党总支 · 党总支书记 */
  studentGeneralSecretary: holder('general_branch_secretary', unitNamed('学生党总支')),

  /** 教工第一党支部 · 支部书记 */
  staff1Secretary: staff1.secretary,
  /** 教工第一党支部 · 组织委员 */
  staff1Organizer: staff1.organizer,
  /** 教工第一党支部 · 党员 in 第一党小组 (在职) */
  staff1GroupMember: only(
    staff1.working.filter((p) => p.groupId),
    'working group members of 教工第一党支部'
  ),
  /** 教工第一党支部 · 流动党员 (in 第一党小组 too) */
  staff1MobileMember: only(staff1.mobile, '流动党员 of 教工第一党支部'),
  /** 教工第一党支部 · 党员 in no group (在职) */
  staff1Member: only(
    staff1.working.filter((p) => !p.groupId),
    'working members of 教工第一党支部 outside groups'
  ),
  /** 教工第一党支部 · 党员 not yet bound to WeChat */
  staff1Unbound: only(staff1.unbound, 'unbound members of 教工第一党支部'),

  /** 教工第二党支部 · 支部书记 */
  staff2Secretary: staff2.secretary,
  /** 教工第二党支部 · its plain 党员 bound to WeChat, in the seed's order */
  staff2Members: staff2.members,

  /** 本科生党支部 · 支部书记 */
  student1Secretary: student1.secretary,
  /** 本科生党支部 · 组织委员 */
  student1Organizer: student1.organizer,
  /** 本科生党支部 · 在职 党员 bound to WeChat, in the seed's order */
  student1Members: student1.working,
  /** 本科生党支部 · 流动党员 */
  student1MobileMember: only(student1.mobile, '流动党员 of 本科生党支部'),
  /** 本科生党支部 · 党员 not yet bound to WeChat */
  student1Unbound: only(student1.unbound, 'unbound members of 本科生党支部'),

  /** A WeChat user who is no member (yet): for invites. */
  newcomer: { openId: NEWCOMER.openId, name: NEWCOMER.name } as Account
}

/** Every seeded member, bound or not, in the seed's order. */
export const everyone: Array<Person | Unbound> = members.map((m) => (m.openid ? person(m) : unbound(m)))

export function isBound(member: Person | Unbound): member is Person {
  return 'openId' in member
}

/** A WeChat user unknown to the demo (not the newcomer): for a second or third stranger. */
export function stranger(n: number): Account {
  return { openId: `demo-openid-stranger-${n}`, name: `访客${n}` }
}
