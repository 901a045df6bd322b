import { demoAccounts, demoMembers, demoUnits } from '../../scripts/seed/demo-org'
import { branches, everyone, isBound, people } from '../support/people'

/** The named demo people are who their names say, in the seed as it is now (no emulator needed). */
describe('test/support/people', () => {
  const units = demoUnits()
  const members = demoMembers(units)
  const unitName = (id: string): string => units.find((u) => u._id === id)!.name
  const seeded = (openId: string) => members.find((m) => m.openid === openId)!
  const roles = (openId: string): string[] =>
    seeded(openId)
      .roles.map((r) => `${unitName(r.unitId)}:${r.role}`)
      .sort()

  it('resolves role holders to the seed member holding that role there', () => {
    expect(roles(people.orgDepartment.openId)).toEqual(['信息工程学院党委:member', '信息工程学院党委:org_department'])
    expect(roles(people.staffGeneralSecretary.openId)).toContain('教工党总支:general_branch_secretary')
    expect(roles(people.studentGeneralSecretary.openId)).toContain('学生党总支:general_branch_secretary')
    expect(roles(people.staff1Secretary.openId)).toContain('教工第一党支部:branch_secretary')
    expect(roles(people.staff1Organizer.openId)).toContain('教工第一党支部:organizer')
    expect(roles(people.staff2Secretary.openId)).toContain('教工第二党支部:branch_secretary')
    expect(roles(people.student1Secretary.openId)).toContain('本科生党支部:branch_secretary')
    expect(roles(people.student1Organizer.openId)).toContain('本科生党支部:organizer')
  })

  it('resolves plain members to members of their branch with no other role', () => {
    const plain = [
      people.staff1GroupMember,
      people.staff1MobileMember,
      people.staff1Member,
      ...people.staff2Members,
      ...people.student1Members,
      people.student1MobileMember
    ]
    for (const person of plain) expect(roles(person.openId)).toEqual([`${unitName(person.unitId)}:member`])
    expect(people.staff1GroupMember).toMatchObject({ unitId: branches.staff1.unitId, groupId: expect.any(String), category: '在职' })
    expect(people.staff1MobileMember).toMatchObject({ unitId: branches.staff1.unitId, category: '流动党员' })
    expect(people.staff1Member).toMatchObject({ unitId: branches.staff1.unitId, groupId: null, category: '在职' })
    expect(people.student1MobileMember).toMatchObject({ unitId: branches.student1.unitId, category: '流动党员' })
    expect(people.staff2Members).toHaveLength(3)
    expect(people.student1Members).toHaveLength(2)
  })

  it('names different people differently, and the unbound have no openid in the seed', () => {
    const openIds = Object.values(people)
      .flat()
      .flatMap((p) => ('openId' in p ? [p.openId] : []))
    expect(new Set(openIds).size).toBe(openIds.length)
    expect(everyone.filter(isBound).map((p) => p.openId)).toEqual(members.filter((m) => m.openid).map((m) => m.openid))
    for (const unbound of [people.staff1Unbound, people.student1Unbound]) {
      expect(members.find((m) => m.phone === unbound.phone)?.openid).toBeUndefined()
    }
    expect(everyone).toHaveLength(members.length)
    expect(people.staff1Member.memberId).toBe(members.find((m) => m.openid === people.staff1Member.openId)!._id)
  })

  it('agrees with the dev switcher’s labels', () => {
    const label = (openId: string) => demoAccounts(units, members).find((a) => a.openId === openId)?.label
    expect(label(people.orgDepartment.openId)).toBe('信息工程学院党委 · 组织部')
    expect(label(people.staff1Secretary.openId)).toBe('教工第一党支部 · 支部书记')
    expect(label(people.newcomer.openId)).toBe('尚未加入组织（用邀请码加入）')
  })
})
