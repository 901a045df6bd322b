import { assignedBySubtree } from './counters'
import { pathIds } from '../org-path'

describe('notice counters', () => {
  it('sums members over every subtree from the units alone', () => {
    const totals = assignedBySubtree([
      { id: 'c', path: '/c/', memberCount: 1 },
      { id: 'g', path: '/c/g/', memberCount: 0 },
      { id: 'b1', path: '/c/g/b1/', memberCount: 6 },
      { id: 'b2', path: '/c/g/b2/', memberCount: 4 },
      { id: 'd', path: '/c/d/', memberCount: 5 }
    ])
    expect(Object.fromEntries(totals)).toEqual({ c: 16, g: 10, b1: 6, b2: 4, d: 5 })
  })

  it('lists ancestors root first, the unit itself last', () => {
    expect(pathIds('/c/g/b1/')).toEqual(['c', 'g', 'b1'])
  })
})
