import { defaultAnswerDeadline, firstDate, localDay, rescheduleAllowed, scheduledStart, startOfNextLocalDay, tomorrow } from './calendar'

describe('notice calendar (Asia/Shanghai)', () => {
  it('starts a scheduled day at 14:00 Shanghai time, 06:00 UTC', () => {
    expect(scheduledStart('2020-05-12').toISOString()).toBe('2020-05-12T06:00:00.000Z')
  })

  it('allows moving the time only 12 hours or more ahead', () => {
    const start = scheduledStart('2020-05-12')
    expect(rescheduleAllowed(new Date('2020-05-11T18:00:00Z'), start)).toBe(true) // exactly 12 h
    expect(rescheduleAllowed(new Date('2020-05-11T18:00:01Z'), start)).toBe(false)
  })

  it('ends answering at the end of the last scheduled day', () => {
    expect(defaultAnswerDeadline([{ date: '2020-05-12' }, { date: '2020-05-19' }])?.toISOString()).toBe('2020-05-19T15:59:59.000Z')
    expect(defaultAnswerDeadline([{ date: null }])).toBeNull()
    expect(firstDate([{ date: '2020-05-19' }, { date: null }, { date: '2020-05-12' }])).toBe('2020-05-12')
  })

  it('counts days in Shanghai, not UTC', () => {
    const lateEvening = new Date('2026-11-24T17:00:00Z') // 01:00 on the 25th in Shanghai
    expect(localDay(lateEvening)).toBe('2026-11-25')
    expect(startOfNextLocalDay(lateEvening).toISOString()).toBe('2026-11-25T16:00:00.000Z')
    expect(tomorrow(lateEvening)).toBe('2026-11-26')
  })
})
