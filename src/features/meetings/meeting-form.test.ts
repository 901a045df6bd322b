import type { MeetingDetail } from '@contract/meetings-api'
import { changeMeetingForm, emptyMeetingForm, meetingFormFrom, meetingInputFrom } from './meeting-form'

const now = new Date('2026-11-24T10:00:00Z')

describe('meeting form', () => {
  it('starts tomorrow (Shanghai) with a title from the type and date', () => {
    const form = emptyMeetingForm(new Date('2026-11-24T16:30:00Z')) // already the 25th in Shanghai
    expect(form.date).toBe('2026-11-26')
    expect(form.title).toBe('11月26日党员大会')
    expect(form.checkinOpens).toBe('30')
  })

  it('keeps the title following type and date until the secretary types one', () => {
    let form = emptyMeetingForm(now)
    form = changeMeetingForm(form, { type: 'party_lecture', date: '2026-12-03' })
    expect(form.title).toBe('12月3日党课')
    form = changeMeetingForm(form, { title: '书记讲党课' })
    form = changeMeetingForm(form, { type: 'collective_study' })
    expect(form.title).toBe('书记讲党课')
    form = changeMeetingForm(form, { title: '' })
    expect(form.title).toBe('12月3日集体学习')
  })

  it('sends Shanghai times as instants, drops blank lines, links a notice only for 集体学习', () => {
    const form = changeMeetingForm(emptyMeetingForm(now), {
      date: '2026-12-03',
      startTime: '19:00',
      endTime: '20:30',
      place: ' 党员活动室 ',
      agenda: ['传达精神', ' '],
      materials: [''],
      noticeId: 'n-1'
    })
    expect(meetingInputFrom(form)).toEqual({
      problems: [],
      input: {
        type: 'general_meeting',
        title: '12月3日党员大会',
        startAt: '2026-12-03T11:00:00.000Z',
        endAt: '2026-12-03T12:30:00.000Z',
        place: '党员活动室',
        form: '线下',
        agenda: ['传达精神'],
        materials: [],
        noticeId: null,
        checkinOpensMinutesBefore: 30
      }
    })
    expect(meetingInputFrom(changeMeetingForm(form, { type: 'collective_study' })).input?.noticeId).toBe('n-1')
  })

  it('names every problem before sending', () => {
    const form = changeMeetingForm(emptyMeetingForm(now), { title: '会', date: '2026-02-30', startTime: '15:00', endTime: '14:00', checkinOpens: '-5' })
    expect(meetingInputFrom(form)).toEqual({
      problems: ['请填写会议名称（2–60 字）', '日期应写成 YYYY-MM-DD，如 2026-12-11', '请填写地点（2–80 字）', '签到提前开放时间应为 0–1440 分钟']
    })
    expect(meetingInputFrom(changeMeetingForm(form, { title: '支部大会', date: '2026-12-01', place: '会议室', checkinOpens: '30' })).problems).toEqual([
      '结束时间应晚于开始时间'
    ])
  })

  it('reopens a meeting as it was, keeping the host and the check-in close', () => {
    const meeting: MeetingDetail = {
      id: 'm-1',
      type: 'theme_day',
      title: '12月主题党日',
      unitId: 'u-b-staff-1',
      unitName: '教工第一党支部',
      startAt: '2026-12-11T07:00:00.000Z',
      endAt: '2026-12-11T09:00:00.000Z',
      place: '党员活动室',
      form: '线上线下',
      fromRule: true,
      recorded: false,
      agenda: [],
      materials: ['党章'],
      noticeId: null,
      host: { id: 'mem-10', name: '书记' },
      checkinOpensAt: '2026-12-11T06:45:00.000Z',
      checkinClosesAt: '2026-12-11T09:10:00.000Z',
      started: false,
      ended: false,
      study: null,
      minutes: null,
      canRun: true,
      sharePath: 'packages/meetings/pages/detail/index?id=m-1'
    }
    const form = meetingFormFrom(meeting)
    expect(form).toMatchObject({
      date: '2026-12-11',
      startTime: '15:00',
      endTime: '17:00',
      agenda: [''],
      checkinOpens: '15',
      hostId: 'mem-10',
      checkinClosesMinutesAfter: 10
    })
    expect(meetingInputFrom(form).input).toEqual({
      type: 'theme_day',
      title: '12月主题党日',
      startAt: meeting.startAt,
      endAt: meeting.endAt,
      place: '党员活动室',
      form: '线上线下',
      agenda: [],
      materials: ['党章'],
      noticeId: null,
      checkinOpensMinutesBefore: 15,
      hostId: 'mem-10',
      checkinClosesMinutesAfter: 10
    })
  })
})
