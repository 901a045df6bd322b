import { nthWeekdayOfMonth, ruleFormFrom, ruleFromForm, themeDayDates } from './rule-dates'

describe('nthWeekdayOfMonth', () => {
  // November 2026 starts on a Sunday; December 2026 on a Tuesday.
  it('finds the first to fourth weekday of a month', () => {
    expect(nthWeekdayOfMonth(2026, 11, 1, 1)).toBe('2026-11-02')
    expect(nthWeekdayOfMonth(2026, 11, 1, 7)).toBe('2026-11-01')
    expect(nthWeekdayOfMonth(2026, 11, 2, 5)).toBe('2026-11-13')
    expect(nthWeekdayOfMonth(2026, 12, 2, 5)).toBe('2026-12-11')
    expect(nthWeekdayOfMonth(2026, 12, 1, 2)).toBe('2026-12-01')
    expect(nthWeekdayOfMonth(2026, 12, 4, 3)).toBe('2026-12-23')
  })

  it('finds the last weekday, also when the month ends on it and in February', () => {
    expect(nthWeekdayOfMonth(2026, 11, -1, 5)).toBe('2026-11-27')
    expect(nthWeekdayOfMonth(2026, 11, -1, 1)).toBe('2026-11-30')
    expect(nthWeekdayOfMonth(2026, 12, -1, 4)).toBe('2026-12-31')
    expect(nthWeekdayOfMonth(2027, 2, -1, 7)).toBe('2027-02-28')
    expect(nthWeekdayOfMonth(2028, 2, -1, 2)).toBe('2028-02-29')
  })
})

describe('themeDayDates', () => {
  const rule = { nth: 2 as const, weekday: 5 as const, time: '15:00' }

  it('lists the rest of this year, Shanghai time, from the current month when its day is still ahead', () => {
    expect(themeDayDates(rule, new Date('2026-11-13T06:59:00Z'))).toEqual([
      { date: '2026-11-13', startAt: '2026-11-13T07:00:00.000Z' },
      { date: '2026-12-11', startAt: '2026-12-11T07:00:00.000Z' }
    ])
    // 15:00 in Shanghai has begun: November's is no longer ahead.
    expect(themeDayDates(rule, new Date('2026-11-13T07:00:00Z')).map((d) => d.date)).toEqual(['2026-12-11'])
  })

  it('takes the month from Shanghai, not from UTC', () => {
    // 2026-11-30 17:00 UTC is already 1 December in Shanghai.
    expect(themeDayDates({ nth: 1, weekday: 2, time: '00:30' }, new Date('2026-11-30T16:00:00Z'))).toEqual([
      { date: '2026-12-01', startAt: '2026-11-30T16:30:00.000Z' }
    ])
  })

  it('is empty once the year has none left, and for a broken time', () => {
    expect(themeDayDates(rule, new Date('2026-12-20T00:00:00Z'))).toEqual([])
    expect(themeDayDates({ ...rule, time: '25:00' }, new Date('2026-01-01T00:00:00Z'))).toEqual([])
  })
})

describe('rule form', () => {
  it('starts from 第二个周五 15:00, 120 minutes, or from the saved rule', () => {
    expect(ruleFormFrom(null)).toEqual({ nth: 2, weekday: 5, time: '15:00', duration: '120', place: '', form: '线下' })
    const saved = { nth: -1 as const, weekday: 3 as const, time: '09:30', durationMinutes: 90, place: '党员活动室', form: '线上' as const }
    expect(ruleFromForm(ruleFormFrom(saved))).toEqual({ rule: saved, problems: [] })
  })

  it('names every problem in Chinese', () => {
    expect(ruleFromForm({ nth: 1, weekday: 1, time: '9:00', duration: '10', place: ' ', form: '线下' }).problems).toEqual([
      '开始时间应写成 HH:mm，如 15:00',
      '时长应为 15–480 分钟',
      '请填写地点（2–80 字）'
    ])
  })
})
