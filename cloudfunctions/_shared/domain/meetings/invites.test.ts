import { invites } from './invites'

const branchMeeting = { unitType: 'branch', unitId: 'b1', unitPath: '/c/b1/' }
const groupMeeting = { unitType: 'group', unitId: 'g1', unitPath: '/c/b1/g1/' }
const member = (fields: Partial<{ status: string; groupId: string | null; unitPath: string }> = {}) => ({
  status: 'active',
  groupId: null,
  unitPath: '/c/b1/',
  ...fields
})

describe('invites', () => {
  it('invites every active member under the unit, including those of units below', () => {
    expect(invites(branchMeeting, member())).toBe(true)
    expect(invites({ unitType: 'committee', unitId: 'c', unitPath: '/c/' }, member())).toBe(true)
  })

  it('does not invite members of another unit, nor a unit whose path merely starts alike', () => {
    expect(invites(branchMeeting, member({ unitPath: '/c/b2/' }))).toBe(false)
    expect(invites({ unitType: 'branch', unitId: 'b', unitPath: '/c/b/' }, member({ unitPath: '/c/b1/' }))).toBe(false)
  })

  it('a 党小组 meeting invites its own members only', () => {
    expect(invites(groupMeeting, member({ groupId: 'g1' }))).toBe(true)
    expect(invites(groupMeeting, member({ groupId: 'g2' }))).toBe(false)
    expect(invites(groupMeeting, member())).toBe(false)
  })

  it('never invites an inactive member', () => {
    expect(invites(branchMeeting, member({ status: 'inactive' }))).toBe(false)
    expect(invites(groupMeeting, member({ status: 'inactive', groupId: 'g1' }))).toBe(false)
  })
})
