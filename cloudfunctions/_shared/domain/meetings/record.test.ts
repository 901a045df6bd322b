import mammoth from 'mammoth'
import type { AttendeeView } from '../../contract/meetings-api'
import { meetingAttendanceRows } from '../record-table'
import { renderMeetingRecord } from './record'

const person = (name: string, status: AttendeeView['status'], extra: Partial<AttendeeView> = {}): AttendeeView => ({
  memberId: name,
  name,
  status,
  checkedInAt: null,
  method: null,
  manualReason: null,
  leave: null,
  makeup: null,
  ...extra
})

describe('meeting record', () => {
  const attendees = [
    person('甲', 'present', { method: 'scan' }),
    person('乙', 'present', { method: 'manual', manualReason: '送学上门' }),
    person('丙', 'late'),
    person('丁', 'leave', {
      leave: { reason: '出差', requestedAt: '', decision: 'approved', comment: null, decidedAt: null },
      makeup: { dueAt: '', reflection: '体会', completedAt: '2026-12-12T00:00:00Z' }
    }),
    person('戊', 'pending')
  ]

  it('fills attendance from what happened; after the end the rest are absent', () => {
    const ended = Object.fromEntries(meetingAttendanceRows(attendees, true))
    expect(ended).toEqual({ 出席: '甲、乙（送学上门）', 迟到: '丙', 请假: '丁（出差）', 缺席: '戊', 已补学: '丁' })
    expect(Object.fromEntries(meetingAttendanceRows(attendees, false))).toMatchObject({ 缺席: '无', 未签到: '戊' })
  })

  it('renders a .docx with the minutes', async () => {
    const buffer = await renderMeetingRecord({
      unitName: '教工第一党支部',
      typeLabel: '主题党日',
      title: '12月主题党日',
      time: '2026-12-11 15:00',
      place: '党员活动室',
      form: '线下',
      host: '张三',
      agenda: ['重温入党誓词'],
      materials: [],
      counters: { invited: 5, present: 2, late: 1, leave: 1, absent: 1, madeUp: 1 },
      attendees,
      ended: true,
      minutes: { content: '学习了有关精神。\n交流研讨。', resolutions: ['开展志愿服务'] }
    })
    const { value } = await mammoth.extractRawText({ buffer })
    expect(value).toContain('教工第一党支部主题党日记录')
    expect(value).toContain('乙（送学上门）')
    expect(value).toContain('开展志愿服务')
  })
})
