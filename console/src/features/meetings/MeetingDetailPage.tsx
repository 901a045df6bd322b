import { Link, useParams } from 'react-router-dom'
import { PrimaryTable, Tabs, Tag, type PrimaryTableCol } from 'tdesign-react'
import type { AttendeeView, MeetingDetail } from '@contract/meetings-api'
import { ATTENDANCE_LABELS, MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { StatusView } from '../../components/StatusView'
import { shanghaiDateTime } from '../../lib/dates'
import { DownloadButton } from '../../components/DownloadButton'
import { useCall } from '../../lib/use-call'
import { useQueryState } from '../../lib/use-query-state'
import { exportMeeting, getMeeting, listAttendance } from './api'
import { countersText, meetingTime } from './format'

const LEAVE_DECISIONS = { pending: '待批', approved: '已准假', refused: '未准假' } as const

/**
 * One meeting's record: what was planned, who came (by scan or by hand, with the reason), leave and 补学,
 * the minutes; exported as the mini-program exports it.
 */
export function MeetingDetailPage() {
  const { id = '' } = useParams()
  const [q, set] = useQueryState({ tab: 'attendance' })
  const meeting = useCall(`meeting|${id}`, () => getMeeting(id))
  const tab = q.tab === 'minutes' ? 'minutes' : 'attendance'
  const attendance = useCall(meeting.data?.canRun && tab === 'attendance' ? `attendance|${id}` : null, () => listAttendance(id))

  return (
    <div className="page meeting-detail-page">
      <StatusView loading={meeting.loading} error={meeting.error} onRetry={meeting.reload}>
        {meeting.data ? (
          <>
            <div className="page-head">
              <div>
                <Link className="drill-link" to="..">
                  ← 组织生活
                </Link>
                <h2 data-testid="meeting-title">{meeting.data.title}</h2>
                <p className="muted">
                  {MEETING_TYPE_LABELS[meeting.data.type]} · {meeting.data.unitName} · {meetingTime(meeting.data.startAt, meeting.data.endAt, shanghaiDateTime)}{' '}
                  · {meeting.data.form} · {meeting.data.place}
                  {meeting.data.host ? ` · 主持：${meeting.data.host.name}` : ''}
                </p>
              </div>
              {meeting.data.canRun ? <DownloadButton load={() => exportMeeting(id)} label="导出记录" testId="meeting-export" /> : null}
            </div>
            {attendance.data || meeting.data.counters ? <p className="muted">{countersText(attendance.data?.counters ?? meeting.data.counters)}</p> : null}
            <Tabs value={tab} onChange={(value) => set({ tab: String(value) === 'attendance' ? null : String(value) }, true)}>
              <Tabs.TabPanel value="attendance" label="签到与请假" />
              <Tabs.TabPanel value="minutes" label="会议记录" />
            </Tabs>
            {tab === 'attendance' ? (
              meeting.data.canRun ? (
                <StatusView
                  loading={attendance.loading}
                  error={attendance.error}
                  onRetry={attendance.reload}
                  empty={attendance.data?.members.length === 0}
                  emptyText="本次会议没有参会党员"
                >
                  {attendance.data ? <AttendanceTable members={attendance.data.members} /> : null}
                </StatusView>
              ) : (
                <div className="status-view">只有会议的组织者可以查看签到名单。</div>
              )
            ) : (
              <Minutes meeting={meeting.data} />
            )}
          </>
        ) : null}
      </StatusView>
    </div>
  )
}

function AttendanceTable(props: { members: AttendeeView[] }) {
  const columns: PrimaryTableCol<AttendeeView>[] = [
    { colKey: 'name', title: '姓名', width: 110 },
    {
      colKey: 'status',
      title: '状态',
      width: 100,
      cell: ({ row }) => (
        <Tag theme={row.status === 'present' ? 'success' : row.status === 'absent' ? 'danger' : 'default'}>{ATTENDANCE_LABELS[row.status]}</Tag>
      )
    },
    { colKey: 'checkedInAt', title: '签到时间', width: 150, cell: ({ row }) => (row.checkedInAt ? shanghaiDateTime(row.checkedInAt) : '—') },
    {
      colKey: 'method',
      title: '方式',
      width: 180,
      cell: ({ row }) => (row.method === 'scan' ? '扫码' : row.method === 'manual' ? `代签：${row.manualReason ?? ''}` : '—')
    },
    {
      colKey: 'leave',
      title: '请假',
      ellipsis: true,
      cell: ({ row }) =>
        row.leave ? `${LEAVE_DECISIONS[row.leave.decision]}：${row.leave.reason}${row.leave.comment ? `（批注：${row.leave.comment}）` : ''}` : '—'
    },
    {
      colKey: 'makeup',
      title: '补学',
      width: 200,
      cell: ({ row }) =>
        row.makeup
          ? row.makeup.completedAt
            ? `已补学（${shanghaiDateTime(row.makeup.completedAt)}）`
            : `待补学，截止 ${shanghaiDateTime(row.makeup.dueAt)}`
          : '—'
    }
  ]
  return (
    <div data-testid="attendance-table">
      <PrimaryTable className="fit-table" rowKey="memberId" data={props.members} columns={columns} tableLayout="fixed" bordered size="small" />
    </div>
  )
}

function Minutes(props: { meeting: MeetingDetail }) {
  const { meeting } = props
  return (
    <div className="panel meeting-minutes" data-testid="meeting-minutes">
      {meeting.agenda.length ? (
        <section>
          <h4>议程</h4>
          <ol>
            {meeting.agenda.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {meeting.materials.length ? (
        <section>
          <h4>学习材料</h4>
          <ul>
            {meeting.materials.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h4>会议记录 {meeting.minutesModeration ? <Tag theme="warning">{meeting.minutesModeration}</Tag> : null}</h4>
        {meeting.minutes ? (
          <>
            <p className="minutes-text">{meeting.minutes.content}</p>
            {meeting.minutes.resolutions.length ? (
              <>
                <h4>决议</h4>
                <ol>
                  {meeting.minutes.resolutions.map((item, index) => (
                    <li key={index}>{item}</li>
                  ))}
                </ol>
              </>
            ) : null}
            <p className="muted">记录完成于 {shanghaiDateTime(meeting.minutes.completedAt)}</p>
          </>
        ) : (
          <p className="muted">{meeting.ended ? '会议已结束，记录尚未填写（在小程序中由会议组织者填写）。' : '会议尚未结束。'}</p>
        )}
      </section>
    </div>
  )
}
