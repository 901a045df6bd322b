import { reminderMoment } from './reminder'

describe('reminderMoment: 18:00 Shanghai on the day before the meeting', () => {
  it('is the evening before an afternoon meeting', () => {
    expect(reminderMoment('2026-12-10T06:00:00.000Z')).toBe('2026-12-09T10:00:00.000Z')
  })

  it('follows the Shanghai day, not the UTC one, for a meeting just after midnight', () => {
    // 2026-12-11 00:30 in Shanghai is still 12-10 in UTC.
    expect(reminderMoment('2026-12-10T16:30:00.000Z')).toBe('2026-12-10T10:00:00.000Z')
  })

  it('is null for what is not an instant', () => {
    expect(reminderMoment('明天')).toBeNull()
  })
})
