import type { Caller } from '../domain/org/scope'
import { decisionScopes, mayDecide } from './moderation'

const committee = '/c/'
const general = '/c/g1/'
const branch = '/c/g1/b1/'
const otherBranch = '/c/g1/b2/'
const who = (memberId: string, roles: Caller['roles']): Caller => ({ memberId, name: memberId, unitPath: branch, roles })
const secretary = who('sec', [{ role: 'branch_secretary', unitId: 'b1', unitPath: branch }])
const otherSecretary = who('sec2', [{ role: 'branch_secretary', unitId: 'b2', unitPath: otherBranch }])
const generalSecretary = who('gen', [{ role: 'general_branch_secretary', unitId: 'g1', unitPath: general }])
const orgDept = who('org', [{ role: 'org_department', unitId: 'c', unitPath: committee }])
const member = who('m1', [])

describe('who decides on a held text', () => {
  const unitText = { kind: 'unit' as const, capability: 'meetings.run' as const, unitPath: branch }

  test('officers over the unit, never the author, never another branch or a member', () => {
    expect(mayDecide(secretary, unitText, 'm1')).toBe(true)
    expect(mayDecide(generalSecretary, unitText, 'm1')).toBe(true)
    expect(mayDecide(orgDept, unitText, 'm1')).toBe(true)
    expect(mayDecide(secretary, unitText, 'sec')).toBe(false)
    expect(mayDecide(otherSecretary, unitText, 'm1')).toBe(false)
    expect(mayDecide(member, unitText, 'x')).toBe(false)
  })

  test('投诉建议: the recipient side only, never the sender’s own branch officers', () => {
    const toGeneral = { kind: 'feedback' as const, to: 'general_branch' as const, recipientUnitId: 'g1', senderId: 'm1', senderUnitId: 'b1' }
    expect(mayDecide(generalSecretary, toGeneral, 'm1')).toBe(true)
    expect(mayDecide(secretary, toGeneral, 'm1')).toBe(false)
    expect(mayDecide(orgDept, toGeneral, 'm1')).toBe(false)
    // A reply is not decided by its own writer.
    expect(mayDecide(generalSecretary, toGeneral, 'gen')).toBe(false)
  })

  test('scopes for the list query', () => {
    expect(decisionScopes(generalSecretary)).toEqual({ paths: [general], recipientUnitIds: ['g1'] })
    expect(decisionScopes(member)).toEqual({ paths: [], recipientUnitIds: [] })
  })
})
