import { periodKeyOf, periodLabel } from '../../../cloudfunctions/_shared/domain/dashboard/periods'
import type { PeriodKind } from '@contract/dashboard-api'
import { PERIODS, defaultScope, periodLabelOf, scopeKey, scopeYear, shiftDay, shiftScope, withPeriod } from './scope'

/** Every day from `from`, `count` of them (YYYY-MM-DD). */
const days = (from: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10))

describe('dashboard scope', () => {
  it('opens on this month by the Shanghai date', () => {
    // 23:30 UTC on 31 May is already 1 June in Shanghai.
    expect(defaultScope(new Date('2026-05-31T23:30:00Z'))).toEqual({ period: 'month', day: '2026-06-01' })
  })

  it('names a period as the server does, across year ends and ISO weeks', () => {
    for (const day of [
      ...days('2025-12-20', 20),
      ...days('2026-02-25', 8),
      '2020-12-31',
      '2021-01-03',
      '2021-01-04',
      '2026-12-31',
      '2027-01-01',
      '2024-02-29'
    ]) {
      for (const period of PERIODS) expect(`${day} ${period} ${periodLabelOf(period, day)}`).toBe(`${day} ${period} ${periodLabel(periodKeyOf(period, day))}`)
    }
    expect(periodLabelOf('week', '2021-01-03')).toBe('2020年第53周')
    expect(periodLabelOf('quarter', '2026-11-30')).toBe('2026年第4季度')
  })

  it('moves one period at a time, landing inside the neighbouring period', () => {
    const next = (period: PeriodKind, day: string) => periodKeyOf(period, shiftDay(period, day, 1))
    const previous = (period: PeriodKind, day: string) => periodKeyOf(period, shiftDay(period, day, -1))
    for (const day of ['2026-01-31', '2026-03-31', '2026-12-31', '2026-01-01', '2024-02-29']) {
      for (const period of PERIODS) {
        expect(next(period, day)).not.toBe(periodKeyOf(period, day))
        expect(previous(period, day)).not.toBe(periodKeyOf(period, day))
        // Back and forth lands in the same period again.
        expect(periodKeyOf(period, shiftDay(period, shiftDay(period, day, 1), -1))).toBe(periodKeyOf(period, day))
      }
    }
    expect(shiftDay('month', '2026-01-31', 1)).toBe('2026-02-01')
    expect(shiftDay('month', '2026-01-15', -1)).toBe('2025-12-01')
    expect(shiftDay('quarter', '2026-11-30', 1)).toBe('2027-01-01')
    expect(shiftDay('quarter', '2026-02-10', -1)).toBe('2025-10-01')
    expect(shiftDay('year', '2026-06-10', -1)).toBe('2025-01-01')
    expect(shiftDay('week', '2026-12-28', 1)).toBe('2027-01-04')
  })

  it('keeps a notice scope as it is and names scopes stably', () => {
    expect(shiftScope({ noticeId: 'n-2026-9' }, 1)).toEqual({ noticeId: 'n-2026-9' })
    expect(withPeriod({ period: 'month', day: '2026-05-12' }, 'week', new Date())).toEqual({ period: 'week', day: '2026-05-12' })
    expect(withPeriod({ noticeId: 'n-2026-9' }, 'year', new Date('2026-05-12T04:00:00Z'))).toEqual({ period: 'year', day: '2026-05-12' })
    expect(scopeKey({ noticeId: 'n-2026-9' })).toBe('notice:n-2026-9')
    expect(scopeKey({ period: 'quarter', day: '2026-05-12' })).toBe('quarter:2026-05-12')
  })

  it('takes the year of a period, or this year for a notice (as the quotas export does)', () => {
    expect(scopeYear({ period: 'week', day: '2025-12-30' }, new Date('2026-05-12T04:00:00Z'))).toBe(2025)
    expect(scopeYear({ noticeId: 'n-2020-3' }, new Date('2026-12-31T17:00:00Z'))).toBe(2027)
  })
})
