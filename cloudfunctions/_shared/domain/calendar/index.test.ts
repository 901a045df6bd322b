import { localDay, startOfNextLocalDay, tomorrow } from '.'

describe('the shared calendar (Asia/Shanghai)', () => {
  it('counts days in Shanghai, not UTC', () => {
    const lateEvening = new Date('2026-11-24T17:00:00Z') // 01:00 on the 25th in Shanghai
    expect(localDay(lateEvening)).toBe('2026-11-25')
    expect(startOfNextLocalDay(lateEvening).toISOString()).toBe('2026-11-25T16:00:00.000Z')
    expect(tomorrow(lateEvening)).toBe('2026-11-26')
  })
})
