import { View } from '@tarojs/components'
import type { MeetingDetail } from '@contract/meetings-api'
import { MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { AttendanceRecord } from '@/features/meetings/components/AttendanceRecord'
import { CountersView } from '@/features/meetings/components/CountersView'
import { LeaveRequests } from '@/features/meetings/components/LeaveRequests'
import { MinutesForm } from '@/features/meetings/components/MinutesForm'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { RunnerPage } from '@/features/meetings/components/RunnerPage'
import { formatMeetingTime } from '@/features/meetings/format'
import { useMeetingRecord } from '@/features/meetings/hooks/use-meeting-record'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/meetings/components/meetings.css'

/** 考勤与记录 (those who run the meeting): counts, everyone by status, leave requests, the minutes, the .docx record. */
export default function MeetingRecordPage() {
  return (
    <RunnerPage className="ps-meeting-record-page" deniedText="只有会议组织者可以查看考勤与记录">
      {(meeting) => <Record key={meeting.id} meeting={meeting} />}
    </RunnerPage>
  )
}

function Record({ meeting }: { meeting: MeetingDetail }) {
  const { attendance, current, decided, minutesSaved, exporting, exportDocx } = useMeetingRecord(meeting)

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
          <Button className="ps-meeting-export" type="primary" size="small" loading={exporting} onClick={exportDocx}>
            导出记录
          </Button>
        </View>
      </View>
    </View>
  )
}
