import dayjs from 'dayjs'
import isoWeek from 'dayjs/plugin/isoWeek'
import { inShanghai, isCalendarDay, localDay, startOfNextLocalDay, tomorrow, TZ } from '.'

dayjs.extend(isoWeek)

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

describe('inShanghai: the fixed UTC+8 offset agrees with the Asia/Shanghai zone', () => {
  // Every 7 h 13 min from 1992 to 2032: every hour of the day, both sides of
  // every midnight, year and ISO-week boundary come up many times.
  const STEP_MS = (7 * 60 + 13) * 60_000
  const instants: Date[] = []
  for (let t = Date.UTC(1992, 0, 1); t < Date.UTC(2032, 0, 1); t += STEP_MS) instants.push(new Date(t))

  test('the same calendar answers as dayjs tz() for 40 years of instants', () => {
    const differences = instants.filter((at) => {
      const fixed = inShanghai(at)
      const zoned = dayjs(at).tz(TZ)
      return (
        fixed.format('YYYY-MM-DD HH:mm') !== zoned.format('YYYY-MM-DD HH:mm') ||
        fixed.isoWeek() !== zoned.isoWeek() ||
        fixed.isoWeekYear() !== zoned.isoWeekYear() ||
        fixed.startOf('day').valueOf() !== zoned.startOf('day').valueOf() ||
        fixed.add(1, 'day').format('YYYY-MM-DD') !== zoned.add(1, 'day').format('YYYY-MM-DD')
      )
    })
    expect(instants.length).toBeGreaterThan(48_000)
    expect(differences).toEqual([])
  })
})
