import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { WorkbenchScope } from '@contract/me'
import type { ThemeDayRule } from '@contract/meetings-api'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { getRule, setRule } from '@/features/meetings/api'
import { MeetingScope } from '@/features/meetings/components/MeetingScope'
import { RuleEditor } from '@/features/meetings/components/RuleEditor'
import { ruleResultText } from '@/features/meetings/rule-result'
import { sendPageMessage } from '@/lib/page-messages'
import { StackPage } from '@/layouts/StackPage'
import { showDone } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/meetings/components/meetings.css'

/** 设置主题党日规则: the branch's monthly 主题党日, saved and generated for the rest of the year. */
export default function MeetingRulePage() {
  const unitId = useRouter().params.unitId ?? ''
  return (
    <StackPage className="ps-meetings-page ps-meeting-rule-page">
      <MeetingScope unitId={unitId}>{(scope, memberId) => <Rule key={`${scope.unitId}:${memberId}`} scope={scope} />}</MeetingScope>
    </StackPage>
  )
}

function Rule({ scope }: { scope: WorkbenchScope }) {
  const { data, error, loading, refetch } = useRequest(() => getRule({ unitId: scope.unitId }))

  const save = async (rule: ThemeDayRule) => {
    const result = await setRule({ unitId: scope.unitId, rule })
    const outcome = { unitId: scope.unitId, generated: result.generated.length, kept: result.kept }
    sendPageMessage('meetings.rule-saved', outcome)
    showDone(ruleResultText(outcome))
    // Back to 组织生活, which shows the result and the new meetings; opened directly, there is nothing to go back to.
    if (Taro.getCurrentPages().length > 1) await Taro.navigateBack()
    else await Taro.redirectTo({ url: routes.meetingManage(scope.unitId) })
  }

  return (
    <View className="ps-meeting-rule">
      <View className="ps-m-head">
        <View className="ps-m-head__title">主题党日规则 · {scope.unitName}</View>
        <View className="ps-m-head__sub">设定每月固定的主题党日，系统按规则生成今年剩余各月的主题党日，党员可提前请假、现场扫码签到。</View>
      </View>
      {loading && <LoadingView />}
      {error && <ErrorView error={error} onRetry={refetch} />}
      {data && <RuleEditor saved={data.rule} onSave={save} />}
    </View>
  )
}
