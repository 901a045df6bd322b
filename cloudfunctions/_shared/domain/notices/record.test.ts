import mammoth from 'mammoth'
import type { AttendeeView } from '../../contract/meetings-api'
import { newWorkbook } from '../spreadsheet'
import { digest, renderStudyRecord, studyRecord, studyRecordWorkbook, type LinkedMeetingFacts, type StudyRecordFacts } from './record'

const base: StudyRecordFacts = {
  unitName: '教工第一党支部',
  noticeTitle: '党员学习教育安排 2026年第9期',
  theme: '比学赶超',
  scheduledDate: '2026-12-13',
  scheduleChange: null,
  organiser: '教工第一党支部（书记 徐宇）',
  assigned: 6,
  answered: 1,
  materials: ['三十讲第十九讲'],
  questions: ['谈谈如何比学赶超'],
  answers: [{ name: '胡霞', text: '立足岗位，比学赶超。' }],
  meetings: []
}

const attendee = (name: string, status: AttendeeView['status'], extra: Partial<AttendeeView> = {}): AttendeeView => ({
  memberId: name,
  name,
  status,
  checkedInAt: null,
  method: status === 'present' ? 'scan' : null,
  manualReason: null,
  leave: null,
  makeup: null,
  ...extra
})

const held: LinkedMeetingFacts = {
  id: 'm-1',
  typeLabel: '集体学习',
  title: '学习贯彻全会精神',
  startAt: new Date('2026-12-06T07:08:00Z'), // 15:08 in Shanghai
  endAt: new Date('2026-12-06T08:00:00Z'),
  place: '党员活动室',
  form: '线下',
  host: '徐宇',
  counters: { invited: 5, present: 3, late: 0, leave: 0, absent: 2, madeUp: 0 },
  attendees: [
    attendee('胡霞', 'present'),
    attendee('李明', 'present', { method: 'manual', manualReason: '送学上门' }),
    attendee('王芳', 'present'),
    attendee('张伟', 'absent'),
    attendee('赵磊', 'pending')
  ],
  ended: true,
  minutes: { content: '传达学习全会精神。\n大家结合岗位交流。', resolutions: ['每人撰写一篇体会'] }
}

const value = (rows: Array<[string, string]>, label: string): string | undefined => rows.find(([l]) => l === label)?.[1]

describe('study record', () => {
  it('takes time, place, form, attendance and minutes from the linked meeting', () => {
    const record = studyRecord({ ...base, meetings: [held] })
    expect(record.held).toBe(true)
    expect(record.sessions).toHaveLength(1)
    const [s] = record.sessions
    expect(s.heading).toBe('集体学习：学习贯彻全会精神')
    expect(value(s.rows, '时间')).toBe('2026年12月6日 15:08 – 16:00')
    expect(value(s.rows, '地点')).toBe('党员活动室')
    expect(value(s.rows, '方式')).toBe('线下')
    expect(value(s.rows, '应到')).toBe('5 人；出席 3 人，迟到 0 人，请假 0 人，缺席 2 人，已补学 0 人')
    expect(value(s.rows, '出席')).toBe('胡霞、李明（送学上门）、王芳')
    expect(value(s.rows, '缺席')).toBe('张伟、赵磊') // ended: not checked in is absent
    expect(s.minutes).toEqual(['传达学习全会精神。', '大家结合岗位交流。'])
    expect(s.resolutions).toEqual(['每人撰写一篇体会'])
    // No default and no guess: the notice's schedule is not printed as the time.
    expect(JSON.stringify(record)).not.toContain('2026-12-13')
    expect(JSON.stringify(record)).not.toContain('按支部安排')
  })

  it('without a meeting says what is not recorded, and never counts answers as attendance', () => {
    const record = studyRecord(base)
    expect(record.held).toBe(false)
    expect(record.sessions).toEqual([])
    expect(value(record.rows, '时间')).toBe('未登记学习时间（学习安排原定 2026年12月13日）')
    expect(value(record.rows, '地点')).toBe('未登记学习地点')
    expect(value(record.rows, '方式')).toBe('未登记学习方式')
    expect(value(record.rows, '出席情况')).toMatch(/^未登记/)
    expect(value(record.rows, '学习讨论')).toBe('应提交 6 人，已提交 1 人（书面学习讨论，不计作出席）')
    expect(JSON.stringify(record)).not.toContain('提交学习讨论 1 人')
    expect(JSON.stringify(record)).not.toContain('14:00')
  })

  it('says a reported move is a plan, not what happened', () => {
    const record = studyRecord({ ...base, scheduleChange: { startAt: new Date('2026-12-14T07:00:00Z'), form: '线上学习', place: '腾讯会议' } })
    expect(value(record.rows, '时间')).toBe('未登记学习时间（支部已报备调整为 2026年12月14日 15:00）')
    expect(value(record.rows, '地点')).toBe('未登记学习地点（报备：腾讯会议）')
    expect(value(record.rows, '方式')).toBe('未登记学习方式（报备：线上学习）')
  })

  it('lists several meetings in time order; a meeting not yet ended lists who has not checked in', () => {
    const later: LinkedMeetingFacts = {
      ...held,
      id: 'm-2',
      title: '第二次',
      startAt: new Date('2026-12-20T07:00:00Z'),
      endAt: new Date('2026-12-20T08:00:00Z'),
      ended: false,
      minutes: null
    }
    const record = studyRecord({ ...base, meetings: [later, held] })
    expect(record.sessions.map((s) => s.meetingId)).toEqual(['m-1', 'm-2'])
    expect(value(record.sessions[1].rows, '未签到')).toBe('赵磊')
    expect(record.sessions[1].heading).toBe('集体学习：第二次（尚未结束，出席情况以会后记录为准）')
    expect(record.sessions[1].minutes).toBeNull()
  })

  it('renders the same facts in the .docx and the .xlsx', async () => {
    const record = studyRecord({ ...base, meetings: [held] })
    const docx = await renderStudyRecord(record)
    expect(docx.subarray(0, 2).toString()).toBe('PK')
    const { value: text } = await mammoth.extractRawText({ buffer: docx })
    const wb = await newWorkbook()
    const bytes = await studyRecordWorkbook(record)
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    const cells = wb.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])))
    const sheetText = cells.join('\n')
    for (const expected of [
      '教工第一党支部学习教育记录',
      '2026年12月6日 15:08 – 16:00',
      '党员活动室',
      '胡霞、李明（送学上门）、王芳',
      '传达学习全会精神。',
      '每人撰写一篇体会',
      '三十讲第十九讲',
      '立足岗位，比学赶超。'
    ]) {
      expect(text).toContain(expected)
      expect(sheetText).toContain(expected)
    }
  })

  it('clips long answers to a digest', () => {
    expect([...digest('字'.repeat(400))].length).toBe(302)
    expect(digest(' 短 文 ')).toBe('短 文')
  })
})
