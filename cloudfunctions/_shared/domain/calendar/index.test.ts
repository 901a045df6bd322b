import { isCalendarDay, localDay, startOfNextLocalDay, tomorrow } from '.'

describe('the shared calendar (Asia/Shanghai)', () => {
  it('counts days in Shanghai, not UTC', () => {
    const lateEvening = new Date('2026-11-24T17:00:00Z') // 01:00 on the 25th in Shanghai
    expect(localDay(lateEvening)).toBe('2026-11-25')
    expect(startOfNextLocalDay(lateEvening).toISOString()).toBe('2026-11-25T16:00:00.000Z')
    expect(tomorrow(lateEvening)).toBe('2026-11-26')
  })

  it('knows a real calendar day from a well-formed impossible one', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true)
    expect(isCalendarDay('2026-02-29')).toBe(false)
    expect(isCalendarDay('2026-02-30')).toBe(false)
    expect(isCalendarDay('2026-13-01')).toBe(false)
    expect(isCalendarDay('2026-1-01')).toBe(false)
  })
})
