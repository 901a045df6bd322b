import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import type { AttendeeView, MeetingDetail, MeetingsActions } from '@contract/meetings-api'
import { MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { exportMeeting, listAttendance } from '@/features/meetings/api'
import { AttendanceRecord } from '@/features/meetings/components/AttendanceRecord'
import { CountersView } from '@/features/meetings/components/CountersView'
import { LeaveRequests } from '@/features/meetings/components/LeaveRequests'
import { MinutesForm } from '@/features/meetings/components/MinutesForm'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { RunnerPage } from '@/features/meetings/components/RunnerPage'
import { formatMeetingTime } from '@/features/meetings/format'
import { saveOfficeFile } from '@/lib/office-file'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/meetings/components/meetings.css'

type AttendanceList = MeetingsActions['attendance.list']['result']

/** 考勤与记录 (those who run the meeting): counts, everyone by status, leave requests, the minutes, the .docx record. */
export default function MeetingRecordPage() {
  return (
    <RunnerPage className="ps-meeting-record-page" deniedText="只有会议组织者可以查看考勤与记录">
      {(meeting) => <Record key={meeting.id} meeting={meeting} />}
    </RunnerPage>
  )
}

function Record({ meeting }: { meeting: MeetingDetail }) {
  const attendance = useRequest(() => listAttendance({ id: meeting.id }))
  // Reloaded in place after a decision or the minutes, so the list does not flash.
  const [latest, setLatest] = useState<AttendanceList | null>(null)
  useEffect(() => setLatest(null), [attendance.data])
  const current = latest ?? attendance.data
  const [exporting, setExporting] = useState(false)

  const reload = () => {
    listAttendance({ id: meeting.id }).then(setLatest, () => undefined)
  }

  const decided = (member: AttendeeView) => {
    if (current) setLatest({ ...current, members: current.members.map((m) => (m.memberId === member.memberId ? member : m)) })
    reload()
  }

  /** Completed minutes may have made attendance final (absent, 补学): show the new counts now, the statuses with the reload. */
  const minutesSaved = (result: { counters: AttendanceList['counters'] }) => {
    if (current) setLatest({ ...current, counters: result.counters })
    reload()
  }

  const exportDocx = async () => {
    if (exporting) return
    setExporting(true)
    try {
      const { fileName, base64 } = await exportMeeting({ id: meeting.id })
      await saveOfficeFile('docx', fileName, base64)
      showDone('会议记录已生成')
    } catch (error) {
      showError(error)
    } finally {
      setExporting(false)
    }
  }

  return (
    <View className="ps-meeting-record">
      <View className="ps-m-head">
        <View className="ps-m-head__title ps-meeting-title">{meeting.title}</View>
        <View className="ps-m-head__sub">
          {MEETING_TYPE_LABELS[meeting.type]} · {meeting.unitName} · {formatMeetingTime(meeting.startAt, meeting.endAt)} · {meeting.place}
        </View>
      </View>

      {attendance.loading && <LoadingView />}
      {attendance.error && <ErrorView error={attendance.error} onRetry={attendance.refetch} />}
      {current && (
        <>
          <View className="ps-card">
            <View className="ps-card__title">本次会议</View>
            <CountersView counters={current.counters} className="ps-record-counters" />
          </View>
          <LeaveRequests meetingId={meeting.id} members={current.members} onDecided={decided} />
          <AttendanceRecord members={current.members} />
        </>
      )}

      <MinutesForm meeting={meeting} onSaved={minutesSaved} />

      <View className="ps-card ps-meeting-export-box">
        <View className="ps-card__title">导出记录</View>
        <View className="ps-muted">按会议信息、考勤、请假与补学、会议记录自动生成 Word 文档（.docx），无需另外填写。</View>
        <View className="ps-actions ps-actions--left">
          <Button className="ps-meeting-export" type="primary" size="small" loading={exporting} onClick={() => void exportDocx()}>
            导出记录
          </Button>
        </View>
      </View>
    </View>
  )
}
