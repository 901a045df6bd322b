import { demoStudyMeeting } from './demo-meetings'

describe('demo meetings', () => {
  it('schedules the study meeting on a whole minute, 20–21 minutes ahead, so check-in is open', () => {
    const now = new Date('2026-11-24T02:10:20.500Z')
    const meeting = demoStudyMeeting(now, 'n-2026-3')
    expect(meeting.startAt).toBe('2026-11-24T02:31:00.000Z')
    expect(Date.parse(meeting.endAt) - Date.parse(meeting.startAt)).toBe(90 * 60_000)
    expect(meeting.noticeId).toBe('n-2026-3')
  })
})
