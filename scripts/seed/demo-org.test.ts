import { demoAccounts, demoMembers, demoUnits } from './demo-org'

describe('demo organisation', () => {
  const units = demoUnits()
  const members = demoMembers(units)

  it('has one committee, two general branches, one directly-attached branch and five branches under the general branches', () => {
    expect(units.filter((u) => u.type === 'committee')).toHaveLength(1)
    expect(units.filter((u) => u.type === 'general_branch')).toHaveLength(2)
    expect(units.filter((u) => u.directlyAttached)).toHaveLength(1)
    const generalIds = new Set(units.filter((u) => u.type === 'general_branch').map((u) => u._id))
    expect(units.filter((u) => u.type === 'branch' && generalIds.has(u.parentId ?? ''))).toHaveLength(5)
  })

  it('builds every path from its parent, so a subtree is one prefix query', () => {
    for (const u of units) {
      const parent = units.find((p) => p._id === u.parentId)
      expect(u.path).toBe(`${parent?.path ?? '/'}${u._id}/`)
    }
  })

  it('has about 40 members with unique ids, openids and a secretary in every branch', () => {
    expect(members.length).toBeGreaterThanOrEqual(35)
    expect(members.length).toBeLessThanOrEqual(45)
    expect(new Set(members.map((m) => m._id)).size).toBe(members.length)
    const bound = members.filter((m) => m.openid)
    expect(new Set(bound.map((m) => m.openid)).size).toBe(bound.length)
    expect(members.length - bound.length).toBe(6) // one member per branch still to invite
    for (const branch of units.filter((u) => u.type === 'branch')) {
      expect(members.filter((m) => m.roles.some((r) => r.role === 'branch_secretary' && r.unitId === branch._id))).toHaveLength(1)
    }
    expect(members.filter((m) => m.roles.some((r) => r.role === 'org_department'))).toHaveLength(1)
  })

  it('is deterministic', () => {
    expect(demoMembers()).toEqual(members)
  })

  it('offers the org department, every secretary and some plain members in the switcher', () => {
    const accounts = demoAccounts(units, members)
    expect(accounts[0].label).toContain('组织部')
    expect(accounts.filter((a) => a.label.includes('支部书记'))).toHaveLength(6)
    expect(accounts.filter((a) => a.label.endsWith('党员'))).toHaveLength(3)
    // The README's check-in journey acts as a plain member of 教工第一党支部: the switcher offers one.
    expect(accounts.find((a) => a.label.endsWith(' · 党员'))?.label).toBe('教工第一党支部 · 党员')
    expect(accounts[accounts.length - 1].openId).toBe('demo-openid-newcomer')
    expect(new Set(members.map((m) => m.openid))).not.toContain('demo-openid-newcomer')
  })
})
