import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import type { AttendeeView, MeetingCounters } from '../../contract/meetings-api'
import { labelledTable, meetingAttendanceRows, meetingCountsText } from '../record-table'

/**
 * The meeting record (会议记录), generated from what happened: attendance
 * comes from the check-ins, leave and 补学, so nobody copies a paper list.
 * Pure: the caller gathers the facts.
 */
export interface MeetingRecord {
  unitName: string
  typeLabel: string
  title: string
  time: string
  place: string
  form: string
  host: string
  agenda: string[]
  materials: string[]
  counters: MeetingCounters
  attendees: AttendeeView[]
  /** After the end, anyone not checked in is absent; before it, still expected. */
  ended: boolean
  minutes: { content: string; resolutions: string[] } | null
}

export async function renderMeetingRecord(record: MeetingRecord): Promise<Buffer> {
  const doc = new Document({
    creator: 'party-study',
    title: `${record.unitName}${record.typeLabel}记录`,
    sections: [
      {
        children: [
          new Paragraph({ text: `${record.unitName}${record.typeLabel}记录`, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: record.title, heading: HeadingLevel.HEADING_2 }),
          labelledTable([
            ['时间', record.time],
            ['地点', record.place],
            ['方式', record.form],
            ['主持人', record.host],
            ['应到', meetingCountsText(record.counters)],
            ...meetingAttendanceRows(record.attendees, record.ended)
          ]),
          new Paragraph({ text: '议程', heading: HeadingLevel.HEADING_3 }),
          ...(record.agenda.length ? record.agenda.map((item, i) => new Paragraph(`${i + 1}. ${item}`)) : [new Paragraph('（未填写）')]),
          ...(record.materials.length
            ? [new Paragraph({ text: '学习材料', heading: HeadingLevel.HEADING_3 }), ...record.materials.map((m, i) => new Paragraph(`${i + 1}. ${m}`))]
            : []),
          new Paragraph({ text: '会议内容', heading: HeadingLevel.HEADING_3 }),
          ...(record.minutes ? record.minutes.content.split(/\n+/).map((line) => new Paragraph(line)) : [new Paragraph('（尚未填写）')]),
          new Paragraph({ text: '决议事项', heading: HeadingLevel.HEADING_3 }),
          ...(record.minutes?.resolutions.length ? record.minutes.resolutions.map((r, i) => new Paragraph(`${i + 1}. ${r}`)) : [new Paragraph('无')])
        ]
      }
    ]
  })
  return Packer.toBuffer(doc)
}
