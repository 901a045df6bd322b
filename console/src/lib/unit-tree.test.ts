import type { UnitView } from '@contract/org'
import { firstRoot, unitNodes } from './unit-tree'

const unit = (id: string, parentId: string | null, type: UnitView['type'] = 'branch'): UnitView => ({
  id,
  name: id,
  type,
  parentId,
  pathIds: [],
  directlyAttached: false,
  memberCount: 3
})

describe('unitNodes', () => {
  it('roots a scope at the units whose parent is outside it (a 支部书记 sees only their branch)', () => {
    const units = [unit('b1', 'gb'), unit('g1', 'b1', 'group')]
    expect(unitNodes(units)).toEqual([{ value: 'b1', label: 'b1', children: [{ value: 'g1', label: 'g1' }] }])
    expect(firstRoot(units)?.id).toBe('b1')
  })

  it('keeps the function’s order, counts a branch’s members on request and leaves out what `keep` refuses', () => {
    const units = [unit('c', null, 'committee'), unit('gb', 'c', 'general_branch'), unit('b1', 'gb'), unit('g1', 'b1', 'group'), unit('b2', 'c')]
    const nodes = unitNodes(units, { counts: true, keep: (u) => u.type !== 'group' })
    expect(nodes).toEqual([
      {
        value: 'c',
        label: 'c',
        children: [
          { value: 'gb', label: 'gb', children: [{ value: 'b1', label: 'b1（3）' }] },
          { value: 'b2', label: 'b2（3）' }
        ]
      }
    ])
    expect(unitNodes([])).toEqual([])
  })
})
