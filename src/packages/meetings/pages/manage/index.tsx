import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { WorkbenchScope } from '@contract/me'
import { ListFooter } from '@/components/ListFooter'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { MeetingCard } from '@/features/meetings/components/MeetingCard'
import { MeetingScope } from '@/features/meetings/components/MeetingScope'
import { useMeetingManager } from '@/features/meetings/hooks/use-meeting-manager'
import { ruleResultText } from '@/features/meetings/rule-result'
import { StackPage } from '@/layouts/StackPage'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/meetings/components/meetings.css'

/** 组织生活: a unit's meetings, 即将召开 and 已召开, with the counts; the rule and 新建会议 on top. */
export default function MeetingManagePage() {
  const unitId = useRouter().params.unitId ?? ''
  return (
    <StackPage className="ps-meetings-page ps-meeting-manage-page">
      <MeetingScope unitId={unitId}>{(scope, memberId) => <MeetingManager key={`${scope.unitId}:${memberId}`} scope={scope} />}</MeetingScope>
    </StackPage>
  )
}

function MeetingManager({ scope }: { scope: WorkbenchScope }) {
  const { past, setPast, list, ruleResult } = useMeetingManager(scope)

  return (
    <View className="ps-meeting-manage">
      <View className="ps-m-head">
        <View className="ps-m-head__title">组织生活 · {scope.unitName}</View>
        <View className="ps-m-head__sub">主题党日和“三会一课”：签到、请假、补学与会议记录。统计只按组织，不作个人排名。</View>
        <View className="ps-actions ps-actions--left">
          <Button className="ps-meeting-rule-entry" size="small" fill="outline" onClick={() => void Taro.navigateTo({ url: routes.meetingRule(scope.unitId) })}>
            设置主题党日规则
          </Button>
          <Button
            className="ps-meeting-create-entry"
            type="primary"
            size="small"
            onClick={() => void Taro.navigateTo({ url: routes.meetingCreate(scope.unitId) })}
          >
            新建会议
          </Button>
        </View>
      </View>

      {ruleResult && <View className="ps-status ps-rule-result">{ruleResultText(ruleResult)}</View>}

      <View className="ps-m-tabs">
        <Text className={`ps-m-tab ps-meeting-tab-upcoming${past ? '' : ' ps-m-tab--on'}`} onClick={() => setPast(false)}>
          即将召开
        </Text>
        <Text className={`ps-m-tab ps-meeting-tab-past${past ? ' ps-m-tab--on' : ''}`} onClick={() => setPast(true)}>
          已召开
        </Text>
      </View>

      {list.loading && <LoadingView />}
      {list.error && <ErrorView error={list.error} onRetry={list.refresh} />}
      {!list.loading && !list.error && list.items.length === 0 && <EmptyView text={past ? '暂无已召开的会议' : '暂无即将召开的会议'} />}
      {!list.loading && !list.error && list.items.length > 0 && (
        <View className="ps-muted ps-m-list-total">
          共 <Text className="ps-meeting-total">{list.total}</Text> 次
        </View>
      )}
      {list.items.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} onOpen={() => void Taro.navigateTo({ url: routes.meetingDetail(meeting.id) })} />
      ))}
      <ListFooter list={list} unit="次" />
    </View>
  )
}
