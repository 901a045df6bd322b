import { localYear, nthWeekdayOfMonth, themeDayMeetingId, themeDaysOfYear } from './theme-day'

describe('主题党日 rule', () => {
  it('finds the nth and the last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2026, 12, 2, 5)).toBe('2026-12-11') // 第二个周五
    expect(nthWeekdayOfMonth(2026, 11, 1, 7)).toBe('2026-11-01') // the 1st is a Sunday
    expect(nthWeekdayOfMonth(2026, 11, -1, 1)).toBe('2026-11-30')
    expect(nthWeekdayOfMonth(2026, 2, -1, 6)).toBe('2026-02-28')
    expect(nthWeekdayOfMonth(2026, 3, 4, 2)).toBe('2026-03-24')
  })

  it('generates the rest of the year in Asia/Shanghai, one per month', () => {
    const rule = { nth: 2, weekday: 5, time: '15:00', durationMinutes: 120, place: '党员活动室', form: '线下' } as const
    const days = themeDaysOfYear(rule, 2026, new Date('2026-11-24T02:00:00Z'))
    expect(days.map((d) => d.month)).toEqual([12])
    expect(days[0].startAt.toISOString()).toBe('2026-12-11T07:00:00.000Z')
    expect(days[0].endAt.toISOString()).toBe('2026-12-11T09:00:00.000Z')
    expect(themeDaysOfYear(rule, 2026, new Date('2025-12-31T16:00:00Z'))).toHaveLength(12)
  })

  it('skips a day whose start has passed, even later the same day', () => {
    const rule = { nth: 2, weekday: 5, time: '15:00', durationMinutes: 60, place: '', form: '线下' } as const
    expect(themeDaysOfYear(rule, 2026, new Date('2026-12-11T07:00:00Z'))).toEqual([])
    expect(themeDaysOfYear(rule, 2026, new Date('2026-12-11T06:59:00Z'))).toHaveLength(1)
  })

  it('names one meeting per branch and month, and the local year', () => {
    expect(themeDayMeetingId('u-b-1', 2026, 3)).toBe('m-u-b-1-202603-theme-day')
    expect(localYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027)
  })
})
