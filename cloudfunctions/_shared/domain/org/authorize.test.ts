import { authorize, authorizeCapability, managedScopes, MEMBER_TARGETED_ACTIONS } from './authorize'
import type { Role } from '../../contract/org'
import type { Caller } from './scope'

const committee = '/c/'
const gb = '/c/gb/'
const b1 = '/c/gb/b1/'
const b2 = '/c/gb/b2/'
const other = '/c/gb2/b3/'

const caller = (roles: Caller['roles'], memberId = 'me'): Caller => ({ memberId, name: '测试', unitPath: b1, roles })
const secretary = caller([
  { role: 'member', unitId: 'b1', unitPath: b1 },
  { role: 'branch_secretary', unitId: 'b1', unitPath: b1 }
])
const gbSecretary = caller([{ role: 'general_branch_secretary', unitId: 'gb', unitPath: gb }])
const orgDept = caller([{ role: 'org_department', unitId: 'c', unitPath: committee }])
const plain = caller([{ role: 'member', unitId: 'b1', unitPath: b1 }])
const recorder = caller([{ role: 'points_recorder', unitId: 'b1', unitPath: b1 }])
const organizer = caller([
  { role: 'member', unitId: 'b1', unitPath: b1 },
  { role: 'organizer', unitId: 'b1', unitPath: b1 }
])
/** Targets by what they hold. */
const x = { id: 'x', roles: [{ role: 'member' as const }] }
const holding = (...roles: Role[]) => ({ id: 't', roles: roles.map((role) => ({ role })) })

describe('authorize', () => {
  it('lets a branch secretary manage members of their own branch only', () => {
    expect(authorize(secretary, { action: 'members.add', targets: [b1] }).allowed).toBe(true)
    expect(authorize(secretary, { action: 'members.add', targets: [b2] })).toMatchObject({ allowed: false, code: 'FORBIDDEN' })
    expect(authorize(secretary, { action: 'members.move', targets: [b1, b2], member: x }).allowed).toBe(false)
  })

  it('lets a general-branch secretary act anywhere below, not beside', () => {
    expect(authorize(gbSecretary, { action: 'members.move', targets: [b1, b2], member: x }).allowed).toBe(true)
    expect(authorize(gbSecretary, { action: 'units.create', targets: [gb] }).allowed).toBe(true)
    expect(authorize(gbSecretary, { action: 'members.list', targets: [other] }).allowed).toBe(false)
  })

  it('gives plain members and view-only roles no management', () => {
    expect(authorize(plain, { action: 'members.list', targets: [b1] }).allowed).toBe(false)
    expect(authorize(recorder, { action: 'members.list', targets: [b1] }).allowed).toBe(true)
    expect(authorize(recorder, { action: 'members.add', targets: [b1] }).allowed).toBe(false)
  })

  it('grants only roles below the caller, never to themselves', () => {
    expect(authorize(secretary, { action: 'roles.appoint', targets: [b1], role: 'organizer', member: x }).allowed).toBe(true)
    expect(authorize(secretary, { action: 'roles.appoint', targets: [b1], role: 'branch_secretary', member: x })).toMatchObject({
      allowed: false,
      message: expect.stringContaining('低于')
    })
    expect(authorize(secretary, { action: 'roles.appoint', targets: [b1], role: 'organizer', member: { id: 'me', roles: [] } })).toMatchObject({
      allowed: false,
      message: expect.stringContaining('自己')
    })
    expect(authorize(gbSecretary, { action: 'roles.appoint', targets: [b1], role: 'branch_secretary', member: x }).allowed).toBe(true)
    expect(authorize(orgDept, { action: 'roles.appoint', targets: [gb], role: 'general_branch_secretary', member: x }).allowed).toBe(true)
    expect(authorize(orgDept, { action: 'roles.appoint', targets: [committee], role: 'org_department', member: x }).allowed).toBe(false)
  })

  it('lets a member action through only when the caller outranks every role the target holds', () => {
    expect(authorize(organizer, { action: 'members.rebind', targets: [b1], member: x }).allowed).toBe(true)
    expect(authorize(organizer, { action: 'members.rebind', targets: [b1], member: holding('member', 'branch_secretary') })).toMatchObject({
      allowed: false,
      code: 'FORBIDDEN'
    })
    expect(authorize(organizer, { action: 'members.deactivate', targets: [b1], member: holding('member', 'organizer') }).allowed).toBe(false)
    expect(authorize(organizer, { action: 'members.deactivate', targets: [b1], member: holding('member', 'general_branch_secretary') }).allowed).toBe(false)
    expect(authorize(secretary, { action: 'members.move', targets: [b1, b1], member: holding('member', 'organizer') }).allowed).toBe(true)
    expect(authorize(secretary, { action: 'invites.create', targets: [b1], member: holding('member', 'branch_secretary') }).allowed).toBe(false)
    expect(authorize(gbSecretary, { action: 'members.rebind', targets: [b1], member: holding('member', 'branch_secretary') }).allowed).toBe(true)
    expect(authorize(gbSecretary, { action: 'members.setActivityUnit', targets: [b1], member: holding('member', 'general_branch_secretary') }).allowed).toBe(
      false
    )
    expect(
      authorize(orgDept, { action: 'roles.revoke', targets: [gb], role: 'general_branch_secretary', member: holding('member', 'general_branch_secretary') })
        .allowed
    ).toBe(true)
    expect(
      authorize(orgDept, { action: 'roles.revoke', targets: [b1], role: 'organizer', member: holding('member', 'organizer', 'org_department') }).allowed
    ).toBe(false)
  })

  it('ranks the caller by the roles that cover the target, not by an office held elsewhere', () => {
    const secretaryElsewhere = caller([
      { role: 'organizer', unitId: 'b1', unitPath: b1 },
      { role: 'branch_secretary', unitId: 'b2', unitPath: b2 }
    ])
    expect(authorize(secretaryElsewhere, { action: 'members.rebind', targets: [b1], member: holding('member', 'organizer') }).allowed).toBe(false)
    expect(authorize(secretaryElsewhere, { action: 'members.rebind', targets: [b2], member: holding('member', 'organizer') }).allowed).toBe(true)
  })

  it('never lets anyone aim a member action at themselves, and fails closed without a target member', () => {
    for (const action of MEMBER_TARGETED_ACTIONS) {
      expect(authorize(orgDept, { action, targets: [b1], member: { id: 'me', roles: [] } })).toMatchObject({
        allowed: false,
        message: expect.stringContaining('自己')
      })
      expect(authorize(orgDept, { action, targets: [b1] })).toMatchObject({ allowed: false, code: 'FORBIDDEN' })
    }
  })

  it('denies when no target is given', () => {
    expect(authorize(orgDept, { action: 'members.add', targets: [] }).allowed).toBe(false)
  })
})

describe('managedScopes', () => {
  it('lists each unit the caller manages once, folding scopes inside a broader one', () => {
    const both = caller([
      { role: 'member', unitId: 'b1', unitPath: b1 },
      { role: 'branch_secretary', unitId: 'b1', unitPath: b1 },
      { role: 'general_branch_secretary', unitId: 'gb', unitPath: gb }
    ])
    expect(managedScopes(both).map((scope) => scope.unitId)).toEqual(['gb'])
    expect(managedScopes(plain)).toEqual([])
    expect(managedScopes(secretary)[0].capabilities).toContain('members.manage')
  })
})

describe('authorizeCapability', () => {
  it('lets the 组织部 publish notices and a branch secretary run them in their branch only', () => {
    expect(authorizeCapability(orgDept, 'notices.publish', [committee]).allowed).toBe(true)
    expect(authorizeCapability(gbSecretary, 'notices.publish', [gb]).allowed).toBe(false)
    expect(authorizeCapability(secretary, 'notices.run', [b1]).allowed).toBe(true)
    expect(authorizeCapability(secretary, 'notices.run', [b2]).allowed).toBe(false)
    expect(authorizeCapability(plain, 'notices.run', [b1]).allowed).toBe(false)
    expect(authorizeCapability(orgDept, 'notices.run', []).allowed).toBe(false)
  })
})
