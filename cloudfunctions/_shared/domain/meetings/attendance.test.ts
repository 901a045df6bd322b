import { attended, needsMakeup, statusDelta } from './attendance'

describe('attendance counters', () => {
  it('moves one counter out and one in', () => {
    expect(statusDelta('pending', 'present')).toEqual({ present: 1 })
    expect(statusDelta('leave', 'late')).toEqual({ leave: -1, late: 1 })
    expect(statusDelta('absent', 'present')).toEqual({ absent: -1, present: 1 })
    expect(statusDelta('present', 'pending')).toEqual({ present: -1 })
  })

  it('counts nothing for repeats and undecided states', () => {
    expect(statusDelta('present', 'present')).toEqual({})
    expect(statusDelta('pending', 'leave_requested')).toEqual({})
    expect(statusDelta('leave_requested', 'pending')).toEqual({})
  })

  it('asks for 补学 after leave or absence only', () => {
    expect(['pending', 'present', 'late', 'leave_requested', 'leave', 'absent'].filter((s) => needsMakeup(s as never))).toEqual(['leave', 'absent'])
    expect(attended('late')).toBe(true)
    expect(attended('leave')).toBe(false)
  })
})
