import { ScrollView, Text, View } from '@tarojs/components'
import type { DashboardScope } from '@contract/dashboard-api'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { useRequest } from '@/lib/use-request'
import { exportDashboard, listMemberRows } from '../api'
import { MEMBER_COLUMNS, membersByName } from '../columns'
import { ExportButton } from './ExportButton'

/**
 * A branch's members for the scope, by name only: no column sorts, so the
 * table can never be read as a ranking of people. Only the branch's
 * secretary and above may see it; anyone else gets the server's reason.
 */
export function MemberTable({ unitId, scope }: { unitId: string; scope: DashboardScope }) {
  const { data, error, loading, refetch } = useRequest(() => listMemberRows({ unitId, scope }))
  return (
    <View className="ps-card ps-dashboard-members-card">
      <View className="ps-card__title">
        党员明细<Text className="ps-card__title-extra ps-dashboard-members-note">按姓名排列，不做个人排名</Text>
      </View>
      {loading && <LoadingView />}
      {error &&
        (error.code === 'FORBIDDEN' ? (
          <View className="ps-muted ps-dashboard-members-denied">{error.message}</View>
        ) : (
          <ErrorView error={error} onRetry={refetch} />
        ))}
      {data && data.members.length === 0 && <View className="ps-muted ps-dashboard-members-empty">本支部暂无党员</View>}
      {data && data.members.length > 0 && (
        <>
          <View className="ps-muted">
            学习安排 {data.notices} 期 · 已召开会议 {data.meetingsHeld} 次 ·{' '}
            <Text className="ps-dashboard-members-upcoming">即将召开 {data.upcomingMeetings} 次</Text> · {data.members.length} 名党员
          </View>
          {data.upcomingMeetings > 0 && (
            <View className="ps-muted ps-dashboard-members-upcoming-note">“即将召开·已请假”是已批准、会议尚未召开或未确认考勤的请假，不计入“请假”。</View>
          )}
          <ScrollView scrollX className="ps-d-table-scroll">
            <View className="ps-d-table ps-d-table--members ps-dashboard-members">
              <View className="ps-d-tr ps-d-tr--head">
                <Text className="ps-d-th ps-d-th--name">姓名</Text>
                {MEMBER_COLUMNS.map((column) => (
                  <Text key={column.key} className="ps-d-th">
                    {column.label}
                  </Text>
                ))}
              </View>
              {membersByName(data.members).map((member) => (
                <View key={member.memberId} className="ps-d-tr ps-dashboard-member-row">
                  <Text className="ps-d-td ps-d-td--name ps-dashboard-member-name">{member.name}</Text>
                  {MEMBER_COLUMNS.map((column) => (
                    <Text key={column.key} className={`ps-d-td ps-dashboard-member-${column.key}`}>
                      {member[column.key]}
                    </Text>
                  ))}
                </View>
              ))}
            </View>
          </ScrollView>
          <View className="ps-actions">
            <ExportButton className="ps-dashboard-export-members" text="导出党员明细" request={() => exportDashboard({ unitId, scope, view: 'members' })} />
          </View>
        </>
      )}
    </View>
  )
}
