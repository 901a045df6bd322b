import type { UnitView } from '@contract/org'
import type { WorkbenchScope } from '@contract/me'
import { appointableGrants, canRevoke, capabilitiesAt, CHILD_UNIT_TYPES, outranks } from './rules'

const unit = (id: string, type: UnitView['type'], pathIds: string[]): UnitView => ({
  id,
  name: id,
  type,
  parentId: pathIds.length > 1 ? pathIds[pathIds.length - 2] : null,
  pathIds,
  directlyAttached: false,
  memberCount: 0
})

const committee = unit('c', 'committee', ['c'])
const generalBranch = unit('gb', 'general_branch', ['c', 'gb'])
const branch = unit('b', 'branch', ['c', 'gb', 'b'])
const otherBranch = unit('b2', 'branch', ['c', 'b2'])

describe('org UI rules (mirror of the server tables)', () => {
  it('offers only the child types that may sit under a parent', () => {
    expect(CHILD_UNIT_TYPES.committee).toEqual(['general_branch', 'branch'])
    expect(CHILD_UNIT_TYPES.general_branch).toEqual(['branch'])
    expect(CHILD_UNIT_TYPES.branch).toEqual(['group'])
    expect(CHILD_UNIT_TYPES.group).toEqual([])
  })

  it('collects capabilities from every scope at or above the unit', () => {
    const workbench: WorkbenchScope[] = [
      { unitId: 'gb', unitName: 'gb', unitType: 'general_branch', capabilities: ['members.view', 'units.manage'] },
      { unitId: 'b', unitName: 'b', unitType: 'branch', capabilities: ['members.import'] }
    ]
    expect([...capabilitiesAt(workbench, branch)].sort()).toEqual(['members.import', 'members.view', 'units.manage'])
    expect([...capabilitiesAt(workbench, generalBranch)].sort()).toEqual(['members.view', 'units.manage'])
    expect(capabilitiesAt(workbench, otherBranch).size).toBe(0)
  })

  const all = new Map([committee, generalBranch, branch, otherBranch].map((u) => [u.id, u]))
  const offered = (grants: Parameters<typeof appointableGrants>[0], home: UnitView) =>
    appointableGrants(grants, home, all).map((grant) => `${grant.role}@${grant.unitId}`)

  it('lets a branch secretary appoint only the committee roles of their branch', () => {
    const grants = [{ role: 'branch_secretary' as const, unitId: 'b' }]
    expect(offered(grants, branch)).toEqual(['branch_committee@b', 'organizer@b', 'points_recorder@b'])
    expect(offered(grants, otherBranch)).toEqual([])
    expect(canRevoke(grants, branch, 'organizer')).toBe(true)
    expect(canRevoke(grants, branch, 'branch_secretary')).toBe(false)
  })

  it('lets a general-branch secretary appoint branch secretaries below, but not their own rank', () => {
    const grants = [{ role: 'general_branch_secretary' as const, unitId: 'gb' }]
    expect(offered(grants, branch)).toContain('branch_secretary@b')
    expect(offered(grants, branch)).not.toContain('general_branch_secretary@gb')
  })

  it("lets the 组织部 appoint a 党总支书记 at the general branch above a member's branch", () => {
    const grants = [{ role: 'org_department' as const, unitId: 'c' }]
    expect(offered(grants, branch)).toEqual(['branch_secretary@b', 'branch_committee@b', 'organizer@b', 'points_recorder@b', 'general_branch_secretary@gb'])
  })

  it('gives roles without roles.appoint nothing to appoint', () => {
    expect(offered([{ role: 'organizer', unitId: 'b' }], branch)).toEqual([])
  })
})

describe('outranks', () => {
  const branch = { id: 'b', pathIds: ['c', 'gb', 'b'] }
  const organizer = [
    { role: 'member' as const, unitId: 'b' },
    { role: 'organizer' as const, unitId: 'b' }
  ]
  const secretary = [
    { role: 'member' as const, unitId: 'b' },
    { role: 'branch_secretary' as const, unitId: 'b' }
  ]

  it('offers member actions only on people the caller stands above', () => {
    expect(outranks(organizer, branch, [{ role: 'member', unitId: 'b' }], 'members.manage')).toBe(true)
    expect(outranks(organizer, branch, secretary, 'members.manage')).toBe(false)
    expect(outranks(organizer, branch, organizer, 'members.manage')).toBe(false)
    expect(outranks(secretary, branch, organizer, 'members.manage')).toBe(true)
    expect(outranks(secretary, branch, [{ role: 'general_branch_secretary', unitId: 'gb' }], 'members.manage')).toBe(false)
  })

  it("counts only roles that carry the capability over the member's unit", () => {
    expect(outranks(organizer, branch, [{ role: 'member', unitId: 'b' }], 'roles.appoint')).toBe(false)
    expect(outranks([{ role: 'branch_secretary', unitId: 'other' }], branch, [{ role: 'member', unitId: 'b' }], 'members.manage')).toBe(false)
  })
})
