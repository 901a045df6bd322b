import { defaultAnswerDeadline, firstDate, rescheduleAllowed, scheduledStart } from './calendar'

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
})
