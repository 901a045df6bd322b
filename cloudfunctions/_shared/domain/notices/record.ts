import dayjs from 'dayjs'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { AttendeeView, MeetingCounters } from '../../contract/meetings-api'
import type { StudyRecordSession, StudyRecordView } from '../../contract/notices-api'
import { TZ } from '../calendar'
import { labelledTable, meetingRecordRows } from '../record-table'
import { newWorkbook } from '../spreadsheet'

/**
 * The branch's 学习教育记录 for one notice, generated from what was recorded:
 * nobody retypes it. One source of truth: when the branch held the study as
 * a meeting linked to the notice, time, place, form, attendance and minutes
 * are the meeting's, printed by the same formatters as the meeting's own
 * record; without one the record says what is not recorded instead of
 * printing a default as fact. Answers are never attendance. Pure: the caller
 * gathers the facts.
 */

/** A meeting the branch held for the notice, as its own record sees it. */
export interface LinkedMeetingFacts {
  id: string
  typeLabel: string
  title: string
  startAt: Date
  endAt: Date
  place: string
  form: string
  host: string
  counters: MeetingCounters
  attendees: AttendeeView[]
  /** After the end, anyone not checked in is absent; before it, still expected. */
  ended: boolean
  minutes: { content: string; resolutions: string[] } | null
}

export interface StudyRecordFacts {
  unitName: string
  noticeTitle: string
  theme: string
  /** The notice's first scheduled day (YYYY-MM-DD): a plan, not a fact. */
  scheduledDate: string | null
  /** The branch's reported move (12 h ahead): also a plan. */
  scheduleChange: { startAt: Date; form: string; place: string } | null
  organiser: string
  assigned: number
  answered: number
  materials: string[]
  questions: string[]
  answers: Array<{ name: string; text: string }>
  meetings: LinkedMeetingFacts[]
}

const DIGEST_CHARS = 300

/** A digest, not a transcript: each answer clipped to a readable length. */
export function digest(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return [...clean].length <= DIGEST_CHARS ? clean : [...clean].slice(0, DIGEST_CHARS).join('') + '……'
}

const minutesLines = (minutes: LinkedMeetingFacts['minutes']): string[] | null => (minutes ? minutes.content.split(/\n+/) : null)

function session(meeting: LinkedMeetingFacts): StudyRecordSession {
  return {
    meetingId: meeting.id,
    // Before the end the attendance is not final: said so, not left to be read as the result.
    heading: `${meeting.typeLabel}：${meeting.title}${meeting.ended ? '' : '（尚未结束，出席情况以会后记录为准）'}`,
    rows: meetingRecordRows(meeting),
    minutes: minutesLines(meeting.minutes),
    resolutions: meeting.minutes?.resolutions ?? [],
    ended: meeting.ended
  }
}

const reported = (at: Date): string => dayjs(at).tz(TZ).format('YYYY年M月D日 HH:mm')
const day = (date: string): string => dayjs.tz(date, 'YYYY-MM-DD', TZ).format('YYYY年M月D日')

/** Without a linked meeting: what is not recorded, with the plan for what it is (a plan). */
function unrecordedRows(facts: StudyRecordFacts): Array<[string, string]> {
  const change = facts.scheduleChange
  const plan = change ? `（支部已报备调整为 ${reported(change.startAt)}）` : facts.scheduledDate ? `（学习安排原定 ${day(facts.scheduledDate)}）` : ''
  return [
    ['时间', `未登记学习时间${plan}`],
    ['地点', change ? `未登记学习地点（报备：${change.place}）` : '未登记学习地点'],
    ['方式', change ? `未登记学习方式（报备：${change.form}）` : '未登记学习方式'],
    ['出席情况', '未登记：在「组织生活」中创建关联本期学习安排的集体学习，签到后自动记入'],
    ['会议记录', '未登记']
  ]
}

/** The record's facts: the merge of the notice, the branch's answers and the meetings it held for the notice. */
export function studyRecord(facts: StudyRecordFacts): StudyRecordView {
  const meetings = [...facts.meetings].sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.id.localeCompare(b.id))
  return {
    unitName: facts.unitName,
    noticeTitle: facts.noticeTitle,
    held: meetings.length > 0,
    sessions: meetings.map(session),
    rows: [
      ...(meetings.length ? [] : unrecordedRows(facts)),
      ['组织者', facts.organiser],
      ['学习主题', facts.theme],
      ['学习讨论', `应提交 ${facts.assigned} 人，已提交 ${facts.answered} 人（书面学习讨论，不计作出席）`]
    ],
    materials: facts.materials,
    questions: facts.questions,
    answers: facts.answers.map((answer) => ({ name: answer.name, text: digest(answer.text) }))
  }
}

const numbered = (items: string[]): Paragraph[] => items.map((item, i) => new Paragraph(`${i + 1}. ${item}`))

function sessionParagraphs(s: StudyRecordSession): Array<Paragraph | ReturnType<typeof labelledTable>> {
  return [
    new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_3 }),
    labelledTable(s.rows),
    new Paragraph({ text: '会议内容', heading: HeadingLevel.HEADING_4 }),
    ...(s.minutes ? s.minutes.map((line) => new Paragraph(line)) : [new Paragraph('（尚未填写）')]),
    new Paragraph({ text: '决议事项', heading: HeadingLevel.HEADING_4 }),
    ...(s.resolutions.length ? numbered(s.resolutions) : [new Paragraph('无')])
  ]
}

export async function renderStudyRecord(record: StudyRecordView): Promise<Buffer> {
  const doc = new Document({
    creator: 'party-study',
    title: `${record.unitName}学习教育记录`,
    sections: [
      {
        children: [
          new Paragraph({ text: `${record.unitName}学习教育记录`, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: record.noticeTitle, heading: HeadingLevel.HEADING_2 }),
          labelledTable(record.rows),
          ...record.sessions.flatMap(sessionParagraphs),
          new Paragraph({ text: '学习内容', heading: HeadingLevel.HEADING_3 }),
          ...numbered(record.materials),
          new Paragraph({ text: '学习讨论', heading: HeadingLevel.HEADING_3 }),
          ...numbered(record.questions),
          new Paragraph({ text: '发言摘要', heading: HeadingLevel.HEADING_3 }),
          ...(record.answers.length === 0
            ? [new Paragraph('（暂无提交）')]
            : record.answers.map((answer) => new Paragraph({ children: [new TextRun({ text: `${answer.name}：`, bold: true }), new TextRun(answer.text)] })))
        ]
      }
    ]
  })
  return Packer.toBuffer(doc)
}

/** The same record as .xlsx: one label | value row per fact, in the .docx's order. */
export async function studyRecordWorkbook(record: StudyRecordView): Promise<Buffer> {
  const wb = await newWorkbook()
  wb.creator = 'party-study'
  const sheet = wb.addWorksheet('学习教育记录')
  sheet.addRow([`${record.unitName}学习教育记录`])
  sheet.addRow([record.noticeTitle])
  for (const row of record.rows) sheet.addRow(row)
  for (const s of record.sessions) {
    sheet.addRow([])
    sheet.addRow([s.heading])
    for (const row of s.rows) sheet.addRow(row)
    sheet.addRow(['会议内容', s.minutes ? s.minutes.join('\n') : '（尚未填写）'])
    sheet.addRow(['决议事项', s.resolutions.length ? s.resolutions.map((r, i) => `${i + 1}. ${r}`).join('\n') : '无'])
  }
  sheet.addRow([])
  sheet.addRow(['学习内容', record.materials.map((m, i) => `${i + 1}. ${m}`).join('\n')])
  sheet.addRow(['学习讨论', record.questions.map((q, i) => `${i + 1}. ${q}`).join('\n')])
  sheet.getColumn(1).width = 14
  sheet.getColumn(2).width = 80
  const answers = wb.addWorksheet('发言摘要')
  answers.addRow(['姓名', '发言摘要'])
  for (const answer of record.answers) answers.addRow([answer.name, answer.text])
  answers.getColumn(2).width = 80
  return Buffer.from(await wb.xlsx.writeBuffer())
}
