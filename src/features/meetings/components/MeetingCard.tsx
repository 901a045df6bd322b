import { Text, View } from '@tarojs/components'
import type { MeetingSummary } from '@contract/meetings-api'
import { MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { countersText, formatMeetingTime, mineText } from '../format'

/** One meeting in a list: type, title, Shanghai time, place and form, and the counters or the member's own state. */
export function MeetingCard({ meeting, onOpen }: { meeting: MeetingSummary; onOpen: () => void }) {
  const mine = meeting.mine ? mineText(meeting.mine) : null
  return (
    <View className={`ps-m-item ps-meeting-card${meeting.recorded ? ' ps-meeting-card--recorded' : ''}`} onClick={onOpen}>
      <View className="ps-m-item__head">
        <Text className="ps-m-type ps-meeting-card-type">{MEETING_TYPE_LABELS[meeting.type]}</Text>
        <Text className="ps-m-item__title ps-meeting-card-title">{meeting.title}</Text>
        {mine && <Text className={`ps-tag ps-tag--${mine.tone} ps-meeting-card-mine`}>{mine.text}</Text>}
      </View>
      <View className="ps-m-item__meta ps-meeting-card-time">{formatMeetingTime(meeting.startAt, meeting.endAt)}</View>
      <View className="ps-m-item__meta ps-meeting-card-place">
        {meeting.form} · {meeting.place}
      </View>
      {meeting.counters && <View className="ps-m-item__meta ps-meeting-card-counters">{countersText(meeting.counters)}</View>}
      {meeting.pendingLeave ? <Text className="ps-tag ps-tag--warn ps-meeting-card-pending">请假待审批 {meeting.pendingLeave}</Text> : null}
      <View className="ps-m-item__tags">
        {meeting.fromRule && <Text className="ps-tag ps-tag--muted">按规则生成</Text>}
        {meeting.recorded && <Text className="ps-tag ps-tag--ok ps-meeting-card-recorded">记录已完成</Text>}
      </View>
    </View>
  )
}
