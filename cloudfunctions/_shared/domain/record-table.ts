import dayjs from 'dayjs'
import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { AttendeeView, MeetingCounters } from '../contract/meetings-api'
import { TZ } from './calendar'

/** The label | value table that heads every generated record (.docx). */
export function labelledTable(rows: Array<[label: string, value: string]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 20, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })]
            }),
            new TableCell({ width: { size: 80, type: WidthType.PERCENTAGE }, children: [new Paragraph(value)] })
          ]
        })
    )
  })
}

/**
 * A meeting's time as every record prints it (Asia/Shanghai), e.g.
 * "2026年12月6日 15:08 – 16:00": the meeting's own record and the study
 * record of the notice it covers use this one formatter, so they cannot differ.
 */
export function meetingTimeText(startAt: Date, endAt: Date): string {
  return `${dayjs(startAt).tz(TZ).format('YYYY年M月D日 HH:mm')} – ${dayjs(endAt).tz(TZ).format('HH:mm')}`
}

/** The 应到 line of a meeting record: its counts. */
export function meetingCountsText(c: MeetingCounters): string {
  return `${c.invited} 人；出席 ${c.present} 人，迟到 ${c.late} 人，请假 ${c.leave} 人，缺席 ${c.absent} 人，已补学 ${c.madeUp} 人`
}

/**
 * Names per attendance line, with the reasons a reader of the record needs:
 * one copy in the kernel, so a meeting's own record and the study record of
 * the notice it covers print attendance the same way.
 */
export function meetingAttendanceRows(attendees: ReadonlyArray<AttendeeView>, ended: boolean): Array<[string, string]> {
  const names = (filter: (a: AttendeeView) => boolean, note?: (a: AttendeeView) => string | null): string => {
    const list = attendees.filter(filter).map((a) => {
      const extra = note?.(a)
      return extra ? `${a.name}（${extra}）` : a.name
    })
    return list.length ? list.join('、') : '无'
  }
  const notYet = (a: AttendeeView): boolean => a.status === 'pending' || a.status === 'leave_requested'
  return [
    [
      '出席',
      names(
        (a) => a.status === 'present',
        (a) => (a.method === 'manual' ? a.manualReason : null)
      )
    ],
    ['迟到', names((a) => a.status === 'late')],
    [
      '请假',
      names(
        (a) => a.status === 'leave',
        (a) => a.leave?.reason ?? null
      )
    ],
    ['缺席', names((a) => a.status === 'absent' || (ended && notYet(a)))],
    ['已补学', names((a) => Boolean(a.makeup?.completedAt))],
    ...(ended ? [] : ([['未签到', names(notYet)]] as Array<[string, string]>))
  ]
}

/** What a meeting's record heads with: 时间, 地点, 方式, 主持人, 应到 and the attendance lines. */
export function meetingRecordRows(meeting: {
  startAt: Date
  endAt: Date
  place: string
  form: string
  host: string
  counters: MeetingCounters
  attendees: ReadonlyArray<AttendeeView>
  ended: boolean
}): Array<[string, string]> {
  return [
    ['时间', meetingTimeText(meeting.startAt, meeting.endAt)],
    ['地点', meeting.place],
    ['方式', meeting.form],
    ['主持人', meeting.host],
    ['应到', meetingCountsText(meeting.counters)],
    ...meetingAttendanceRows(meeting.attendees, meeting.ended)
  ]
}
