import { fitMessage } from '../messaging'
import { meetingMessage } from './message'

describe('meeting messages', () => {
  it('keeps the wording, opens the meeting and fits WeChat’s fields when sent', () => {
    const message = meetingMessage('leave_approved', {
      openId: 'o-1',
      meetingId: 'm-1',
      title: '十二月主题党日：重温入党誓词并开展志愿服务活动',
      startAt: new Date('2026-12-11T07:00:00Z'),
      place: '党员活动室'
    })
    expect(message.page).toBe('packages/meetings/pages/detail/index?id=m-1')
    expect(message.data.time2.value).toBe('2026年12月11日 15:00')
    expect(message.data.thing4.value).toBe('请假已批准，请按时补学')
    const fitted = fitMessage(message)
    if (!fitted.ok) throw new Error(fitted.problems.join())
    expect(fitted.message.data.thing1.value).toBe('十二月主题党日：重温入党誓词并开展志愿…')
    expect(fitted.message.data.thing3.value).toBe('党员活动室')
    expect(fitted.message.data.time2.value).toBe('2026年12月11日 15:00')
  })
})
