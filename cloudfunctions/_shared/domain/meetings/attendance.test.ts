import { attended, manualReasonText, needsMakeup, statusDelta } from './attendance'

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

describe('the reason of a hand mark', () => {
  it('keeps the few words of 其他, and any other reason as it is', () => {
    expect(manualReasonText('其他', ' 在外地出差视频参会 ')).toBe('其他：在外地出差视频参会')
    expect(manualReasonText('未带手机', undefined)).toBe('未带手机')
    expect(manualReasonText(undefined, undefined)).toBeNull()
  })
})
