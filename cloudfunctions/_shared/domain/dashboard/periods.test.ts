import { periodKeyOf, periodKeys, periodLabel } from './periods'

describe('dashboard periods', () => {
  it('keys an instant by its Shanghai week, month, quarter and year', () => {
    expect(periodKeys(new Date('2026-11-24T02:00:00Z'))).toEqual({ week: 'W2026-48', month: 'M2026-11', quarter: 'Q2026-4', year: 'Y2026' })
    // 2026-12-31 23:30 in Shanghai is 15:30 UTC; 16:30 UTC is already 2027.
    expect(periodKeys(new Date('2026-12-31T16:30:00Z'))).toMatchObject({ month: 'M2027-01', year: 'Y2027', week: 'W2026-53' })
  })

  it('finds the period of a local day, and labels it', () => {
    expect(periodKeyOf('quarter', '2026-07-01')).toBe('Q2026-3')
    expect(periodKeyOf('week', '2027-01-01')).toBe('W2026-53')
    expect(['W2026-48', 'M2026-11', 'Q2026-4', 'Y2026'].map(periodLabel)).toEqual(['2026年第48周', '2026年11月', '2026年第4季度', '2026年'])
  })
})
