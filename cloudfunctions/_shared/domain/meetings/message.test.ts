import { meetingMessage } from './message'

describe('meeting messages', () => {
  it('fits WeChat’s fields and opens the meeting', () => {
    const message = meetingMessage('leave_approved', {
      openId: 'o-1',
      meetingId: 'm-1',
      title: '十二月主题党日：重温入党誓词并开展志愿服务活动',
      startAt: new Date('2026-12-11T07:00:00Z'),
      place: '党员活动室'
    })
    expect(message.page).toBe('packages/meetings/pages/detail/index?id=m-1')
    expect(message.data.time2.value).toBe('2026年12月11日 15:00')
    expect([...message.data.thing1.value].length).toBeLessThanOrEqual(20)
    expect(message.data.thing4.value).toBe('请假已批准，请按时补学')
  })
})
