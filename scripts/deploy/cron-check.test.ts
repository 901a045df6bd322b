import { cronProblems } from './cron-check'

describe('cronProblems', () => {
  it('accepts a daily cron and weekday names', () => {
    expect(cronProblems('0 0 9 * * * *')).toEqual([])
    expect(cronProblems('0 0 9 * * MON *')).toEqual([])
    expect(cronProblems('0 0 9 * * MON-FRI *')).toEqual([])
  })

  it('refuses a weekday number, whose meaning differs between copies of the docs', () => {
    expect(cronProblems('0 0 9 * * 1 *')[0]).toMatch(/MON/)
  })

  it('refuses what CloudBase refuses (six fields, ?)', () => {
    expect(cronProblems('0 0 9 * * *')).toHaveLength(1)
    expect(cronProblems('0 0 9 ? * * *')).toHaveLength(1)
  })
})
