import { pathIds, pathOf, within } from '.'

/** The kernel every feature reads a unit's place in the tree through (scope checks, counters up the tree, the 党委's subtree). */
describe('org-path', () => {
  const committee = pathOf(null, 'u-committee')
  const generalBranch = pathOf(committee, 'u-gb')
  const branch = pathOf(generalBranch, 'u-b1')

  test('a path is its ancestors and itself, top first', () => {
    expect(committee).toBe('/u-committee/')
    expect(branch).toBe('/u-committee/u-gb/u-b1/')
    expect(pathIds(branch)).toEqual(['u-committee', 'u-gb', 'u-b1'])
    expect(pathOf(null, pathIds(branch)[0])).toBe(committee)
  })

  test('within: the unit itself and everything below it, never a sibling whose id shares a prefix', () => {
    expect(within(generalBranch, branch)).toBe(true)
    expect(within(branch, branch)).toBe(true)
    expect(within(branch, generalBranch)).toBe(false)
    expect(within(pathOf(generalBranch, 'u-b'), branch)).toBe(false) // '/…/u-b/' is no prefix of '/…/u-b1/'
  })
})
