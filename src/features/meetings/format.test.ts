import type { AttendeeView } from '@contract/meetings-api'
import { groupAttendees, manualStatus, pendingLeave } from './attendance'
import { attendanceText, countersText, defaultMeetingTitle, formatMeetingTime, formatWindow, isAhead, mineText } from './format'

describe('meetings format', () => {
  it('shows a meeting in Shanghai time with its weekday', () => {
    expect(formatMeetingTime('2026-12-11T07:00:00Z', '2026-12-11T09:00:00Z')).toBe('2026-12-11 星期五 15:00–17:00')
    expect(formatMeetingTime('2026-12-11T15:00:00Z', '2026-12-11T17:00:00Z')).toBe('2026-12-11 星期五 23:00 至 2026-12-12 01:00')
  })

  it('shows the check-in window short on the meeting day, in full across days', () => {
    expect(formatWindow('2026-12-11T06:30:00Z', '2026-12-11T09:00:00Z', '2026-12-11T07:00:00Z')).toBe('14:30–17:00')
    expect(formatWindow('2026-12-10T15:30:00Z', '2026-12-11T09:00:00Z', '2026-12-10T16:30:00Z')).toBe('2026-12-10 23:30 至 2026-12-11 17:00')
  })

  it('names a meeting from its type and day', () => {
    expect(defaultMeetingTitle('theme_day', '2026-12-11')).toBe('12月11日主题党日')
    expect(defaultMeetingTitle('committee_meeting', '')).toBe('支部委员会')
  })

  it('says a status with the 补学 state', () => {
    expect(attendanceText('leave', { completedAt: '2026-12-12T01:00:00Z' })).toBe('请假 · 已补学')
    expect(attendanceText('absent', { completedAt: null })).toBe('缺席 · 待补学')
    expect(attendanceText('present', null)).toBe('出席')
    expect(
      mineText({ status: 'absent', checkedInAt: null, leave: null, makeup: { dueAt: '2026-12-25T16:00:00Z', reflection: null, completedAt: null } })
    ).toEqual({ text: '缺席 · 待补学', tone: 'warn' })
    expect(countersText({ invited: 6, present: 3, late: 1, leave: 1, absent: 1, madeUp: 1 })).toBe('应到 6 · 出席 3 · 迟到 1 · 请假 1 · 缺席 1 · 已补学 1')
  })

  it('tells whether an instant is ahead', () => {
    const now = new Date('2026-12-11T07:00:00Z')
    expect(isAhead('2026-12-11T07:00:01Z', now)).toBe(true)
    expect(isAhead('2026-12-11T07:00:00Z', now)).toBe(false)
    expect(isAhead('bad', now)).toBe(false)
  })
})

describe('attendance', () => {
  const member = (name: string, status: AttendeeView['status'], decision?: 'pending' | 'approved'): AttendeeView => ({
    memberId: name,
    name,
    status,
    checkedInAt: null,
    method: null,
    manualReason: null,
    leave: decision ? { reason: '出差', requestedAt: '2026-12-10T00:00:00Z', decision, comment: null, decidedAt: null } : null,
    makeup: null
  })

  it('groups members by status in a fixed order, by name within each', () => {
    const groups = groupAttendees([
      member('王五', 'pending'),
      member('张三', 'present'),
      member('李四', 'present'),
      member('赵六', 'leave_requested', 'pending')
    ])
    expect(groups.map((group) => [group.label, group.members.map((m) => m.name)])).toEqual([
      ['出席', ['李四', '张三']],
      ['请假待批', ['赵六']],
      ['未签到', ['王五']]
    ])
  })

  it('lists the leave requests still waiting', () => {
    expect(pendingLeave([member('甲', 'leave_requested', 'pending'), member('乙', 'leave', 'approved'), member('丙', 'present')]).map((m) => m.name)).toEqual([
      '甲'
    ])
  })

  it('records a hand check-in as late only in the late part of the window', () => {
    expect(manualStatus('on_time')).toBe('present')
    expect(manualStatus('late')).toBe('late')
    expect(manualStatus('closed')).toBe('present')
  })
})
