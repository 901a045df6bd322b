/**
 * The demo organisation: one 党委 with 2 党总支 and 1 直属党支部, 5 党支部
 * under the general branches, about 40 members, a secretary per branch, a
 * secretary per general branch and one 组织部 account. Deterministic ids, so
 * seeding twice writes the same documents once.
 */
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/_shared/data/org-docs'
import type { Role, UnitType } from '../../cloudfunctions/_shared/contract/org'
import { ROLE_LABELS } from '../../cloudfunctions/_shared/contract/org-rules'
import { memberIdFor } from '../../cloudfunctions/_shared/runtime/member-id'

/** Stored documents, with a fixed date so the demo data is deterministic. */
export type DemoUnit = UnitDoc
export type DemoMember = MemberDoc
const SEEDED_AT = new Date('2026-01-01T00:00:00Z')

export interface DemoAccount {
  openId: string
  name: string
  label: string
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜'
const GIVEN = [
  '建国',
  '海燕',
  '志强',
  '秀英',
  '伟',
  '静',
  '敏',
  '磊',
  '丽娟',
  '军',
  '洋',
  '艳',
  '勇',
  '杰',
  '娜',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '桂英',
  '文',
  '华',
  '红梅',
  '鹏',
  '晨',
  '婷',
  '浩',
  '雪',
  '宇',
  '欣',
  '博',
  '琳',
  '凯',
  '倩',
  '斌',
  '佳',
  '阳',
  '颖'
]

function unit(id: string, name: string, type: UnitType, parent: DemoUnit | null, extra: Partial<DemoUnit> = {}): DemoUnit {
  return {
    _id: id,
    name,
    type,
    parentId: parent?._id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    directlyAttached: false,
    memberCount: 0,
    status: 'active',
    createdAt: SEEDED_AT,
    ...extra
  }
}

export function demoUnits(): DemoUnit[] {
  const committee = unit('u-committee', '信息工程学院党委', 'committee', null)
  const gbStaff = unit('u-gb-staff', '教工党总支', 'general_branch', committee)
  const gbStudent = unit('u-gb-student', '学生党总支', 'general_branch', committee)
  const staff1 = unit('u-b-staff-1', '教工第一党支部', 'branch', gbStaff)
  return [
    committee,
    gbStaff,
    gbStudent,
    unit('u-b-direct', '机关直属党支部', 'branch', committee, { directlyAttached: true }),
    staff1,
    unit('u-g-staff-1-a', '第一党小组', 'group', staff1),
    unit('u-b-staff-2', '教工第二党支部', 'branch', gbStaff),
    unit('u-b-staff-3', '离退休教工党支部', 'branch', gbStaff),
    unit('u-b-student-1', '本科生党支部', 'branch', gbStudent),
    unit('u-b-student-2', '研究生党支部', 'branch', gbStudent)
  ]
}

/** 6 branches × 6 members + 2 general-branch secretaries + 1 组织部 = 39. */
const MEMBERS_PER_BRANCH = 6

export function demoMembers(units = demoUnits()): DemoMember[] {
  const members: DemoMember[] = []
  const pathOf = (id: string): string => units.find((u) => u._id === id)!.path
  const add = (unitId: string, roles: Array<{ role: Role; unitId: string }>, overrides: Partial<DemoMember> = {}): void => {
    const n = members.length + 1
    const seq = String(n).padStart(3, '0')
    const phone = `1380000${String(1000 + n)}`
    members.push({
      _id: memberIdFor(phone),
      name: SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7) % GIVEN.length],
      openid: `demo-openid-${seq}`,
      unitId,
      unitPath: pathOf(unitId),
      groupId: null,
      phone,
      type: '正式党员',
      category: '在职',
      status: 'active',
      roles: [{ role: 'member' as Role, unitId }, ...roles].map((r) => ({ ...r, unitPath: pathOf(r.unitId) })),
      activityUnitId: null,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
      ...overrides
    })
  }
  const committee = units.find((u) => u.type === 'committee')!
  add(committee._id, [{ role: 'org_department', unitId: committee._id }])
  for (const gb of units.filter((u) => u.type === 'general_branch')) add(gb._id, [{ role: 'general_branch_secretary', unitId: gb._id }])
  for (const branch of units.filter((u) => u.type === 'branch')) {
    add(branch._id, [{ role: 'branch_secretary', unitId: branch._id }])
    add(branch._id, [{ role: 'organizer', unitId: branch._id }])
    const retired = branch._id === 'u-b-staff-3'
    for (let i = 2; i < MEMBERS_PER_BRANCH; i += 1) {
      add(branch._id, [], {
        type: i === MEMBERS_PER_BRANCH - 1 ? '预备党员' : '正式党员',
        category: retired ? '离退休' : i === 3 && (branch._id === 'u-b-staff-1' || branch._id === 'u-b-student-1') ? '流动党员' : '在职',
        groupId: branch._id === 'u-b-staff-1' && i <= 3 ? 'u-g-staff-1-a' : null,
        // The newest member of each branch has not joined in WeChat yet: someone to invite.
        ...(i === MEMBERS_PER_BRANCH - 1 ? { openid: undefined } : {})
      })
    }
  }
  // Counters start consistent with the members they count.
  for (const u of units) u.memberCount = members.filter((m) => m.unitId === u._id && m.status === 'active').length
  return members
}

export const NEWCOMER: DemoAccount = { openId: 'demo-openid-newcomer', name: '新用户', label: '尚未加入组织（用邀请码加入）' }

/** The accounts offered by the dev-only switcher: every role once per unit, plus a few plain members. */
export function demoAccounts(units = demoUnits(), members = demoMembers(units)): DemoAccount[] {
  const unitName = new Map(units.map((u) => [u._id, u.name]))
  const accounts: DemoAccount[] = []
  for (const member of members) {
    const role = member.roles.find((r) => r.role !== 'member' && r.role !== 'organizer')
    if (role && member.openid) accounts.push({ openId: member.openid, name: member.name, label: `${unitName.get(role.unitId)} · ${ROLE_LABELS[role.role]}` })
  }
  // One plain member of each of the first three 党支部 under a 党总支, 教工第一党支部 first: the branch
  // the README's demo journeys use (its 集体学习 is open for check-in), so its member is one click away.
  const generalBranches = new Set(units.filter((u) => u.type === 'general_branch').map((u) => u._id))
  const branchIds = units.filter((u) => u.type === 'branch' && generalBranches.has(u.parentId ?? '')).map((u) => u._id)
  const plain = branchIds
    .map((id) => members.find((m) => m.unitId === id && m.roles.length === 1 && m.openid))
    .filter((m): m is DemoMember => m !== undefined)
    .slice(0, 3)
  for (const member of plain) accounts.push({ openId: member.openid ?? '', name: member.name, label: `${unitName.get(member.unitId)} · 党员` })
  // A WeChat user who has not joined yet: for trying invites.
  accounts.push(NEWCOMER)
  return accounts
}
