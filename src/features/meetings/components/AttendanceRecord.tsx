import { Text, View } from '@tarojs/components'
import type { AttendeeView } from '@contract/meetings-api'
import { formatShanghai } from '@/lib/calendar'
import { groupAttendees } from '../attendance'
import { attendanceText, attendanceTone } from '../format'

/** 考勤: everyone by status, by name within each; 补学 marked, manual check-ins with their reason. */
export function AttendanceRecord({ members }: { members: AttendeeView[] }) {
  const groups = groupAttendees(members)
  return (
    <View className="ps-card ps-record-attendance">
      <View className="ps-card__title">
        考勤<Text className="ps-card__title-extra">按姓名排列</Text>
      </View>
      {groups.length === 0 && <View className="ps-muted">没有参会人员</View>}
      {groups.map((group) => (
        <View key={group.status} className={`ps-m-group ps-record-group ps-record-group--${group.status}`}>
          <View className="ps-m-group__title">
            {group.label} {group.members.length}
          </View>
          {group.members.map((member) => (
            <View key={member.memberId} className="ps-m-member ps-record-member">
              <Text className="ps-m-member__name ps-record-member-name">{member.name}</Text>
              <Text className="ps-m-member__note">
                {member.checkedInAt ? formatShanghai(member.checkedInAt).slice(11) : ''}
                {member.method === 'manual' ? ` 手动（${member.manualReason ?? ''}）` : ''}
                {member.leave && member.status !== 'leave_requested' ? ` ${member.leave.reason}` : ''}
              </Text>
              <Text className={`ps-tag ps-tag--${member.makeup?.completedAt ? 'ok' : attendanceTone(member.status)} ps-record-status`}>
                {attendanceText(member.status, member.makeup)}
              </Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
