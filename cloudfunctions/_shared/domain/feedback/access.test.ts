import { ageDays, mailboxesOf, mayReceive, recipientUnit } from './access'

describe('feedback access', () => {
  const item = { to: 'org_department' as const, recipientUnitId: 'c', senderId: 'm1', senderUnitId: 'b1' }
  const toGeneral = { ...item, to: 'general_branch' as const, recipientUnitId: 'g1' }

  it('lets the 组织部 of the committee read items to the 组织部, not to a 党总支', () => {
    const org = { memberId: 'o', roles: [{ role: 'org_department' as const, unitId: 'c' }] }
    expect(mayReceive(org, item)).toBe(true)
    expect(mayReceive(org, toGeneral)).toBe(false)
  })

  it('lets the 党总支书记 of the recipient 党总支 only read items to it', () => {
    const secretary = { memberId: 's', roles: [{ role: 'general_branch_secretary' as const, unitId: 'g1' }] }
    expect(mayReceive(secretary, toGeneral)).toBe(true)
    expect(mayReceive(secretary, item)).toBe(false)
    expect(mayReceive({ memberId: 's', roles: [{ role: 'general_branch_secretary' as const, unitId: 'g2' }] }, toGeneral)).toBe(false)
  })

  it('never lets the sender’s own branch officers read, even holding the recipient role too', () => {
    expect(mayReceive({ memberId: 'x', roles: [{ role: 'branch_secretary', unitId: 'b1' }] }, item)).toBe(false)
    expect(
      mayReceive(
        {
          memberId: 'x',
          roles: [
            { role: 'branch_committee', unitId: 'b1' },
            { role: 'org_department', unitId: 'c' }
          ]
        },
        item
      )
    ).toBe(false)
    expect(mayReceive({ memberId: 'x', roles: [{ role: 'branch_secretary', unitId: 'b2' }] }, item)).toBe(false)
  })

  it('does not count the sender as a recipient of their own item', () => {
    expect(mayReceive({ memberId: 'm1', roles: [{ role: 'org_department', unitId: 'c' }] }, { ...item, senderUnitId: 'c' })).toBe(false)
  })

  it('names mailboxes and recipient units', () => {
    expect(
      mailboxesOf({
        memberId: 'a',
        roles: [
          { role: 'org_department', unitId: 'c' },
          { role: 'branch_secretary', unitId: 'b' }
        ]
      })
    ).toEqual([{ to: 'org_department', unitId: 'c' }])
    const path = [
      { id: 'c', type: 'committee' },
      { id: 'g1', type: 'general_branch' },
      { id: 'b1', type: 'branch' }
    ]
    expect(recipientUnit('org_department', path)).toBe('c')
    expect(recipientUnit('general_branch', path)).toBe('g1')
    expect(recipientUnit('general_branch', [path[0], { id: 'd', type: 'branch' }])).toBeNull()
  })

  it('counts whole days of age', () => {
    expect(ageDays(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-03T23:00:00Z'))).toBe(2)
    expect(ageDays(new Date('2026-01-02T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))).toBe(0)
  })
})
