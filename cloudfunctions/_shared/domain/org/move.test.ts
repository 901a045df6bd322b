import { rolesAfterMove } from './move'
import type { StoredRole } from './scope'

const gb = '/c/gb/'
const b1 = '/c/gb/b1/'
const b2 = '/c/gb/b2/'
const other = '/c/gb2/b3/'
const secretary: StoredRole[] = [
  { role: 'member', unitId: 'b1', unitPath: b1 },
  { role: 'branch_secretary', unitId: 'b1', unitPath: b1 },
  { role: 'general_branch_secretary', unitId: 'gb', unitPath: gb }
]

describe('rolesAfterMove', () => {
  it('keeps every office when the move stays inside the branch (into one of its 党小组)', () => {
    expect(rolesAfterMove(secretary, { _id: 'b1', path: b1 })).toEqual(secretary)
  })

  it('drops the offices at the old branch and keeps those whose unit still contains the member', () => {
    expect(rolesAfterMove(secretary, { _id: 'b2', path: b2 })).toEqual([
      { role: 'member', unitId: 'b2', unitPath: b2 },
      { role: 'general_branch_secretary', unitId: 'gb', unitPath: gb }
    ])
  })

  it('keeps no office when the member leaves the 党总支', () => {
    expect(rolesAfterMove(secretary, { _id: 'b3', path: other })).toEqual([{ role: 'member', unitId: 'b3', unitPath: other }])
  })
})
