import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { QuotaSettings } from '@contract/dashboard-api'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { canManageQuotas } from '@/features/dashboard/access'
import { getQuotaSettings, setQuotaSettings } from '@/features/dashboard/api'
import { QuotaSettingsForm } from '@/features/dashboard/components/QuotaSettingsForm'
import { sendPageMessage } from '@/lib/page-messages'
import { useWhoami } from '@/lib/use-whoami'
import { StackPage } from '@/layouts/StackPage'
import { showDone } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/dashboard/components/dashboard.css'

/** 年度要求设置 (组织部): what every branch of the committee must hold in a year. */
export default function QuotaSettingsPage() {
  const { data, error, loading, refetch } = useWhoami()
  let body
  if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data && !data.member) body = <EmptyView text="请先使用邀请码加入组织" />
  else if (data?.member) body = canManageQuotas(data.member.workbench) ? <Settings key={data.member.id} /> : <EmptyView text="只有党委组织部可以设置年度要求" />
  return <StackPage className="ps-dashboard-page ps-quota-settings-page">{body}</StackPage>
}

function Settings() {
  const { data, error, loading, refetch } = useRequest(() => getQuotaSettings({}))

  const save = async (settings: QuotaSettings) => {
    await setQuotaSettings({ settings })
    sendPageMessage('dashboard.quotas-saved', {})
    showDone('年度要求已保存')
    // Back to the dashboard, which reloads its 年度要求; opened directly, open it.
    if (Taro.getCurrentPages().length > 1) await Taro.navigateBack()
    else await Taro.redirectTo({ url: routes.dashboard(undefined, 'quotas') })
  }

  return (
    <View className="ps-quota-settings-view">
      <View className="ps-d-head">
        <View className="ps-d-head__title">年度要求设置</View>
        <View className="ps-d-head__sub">本党委下各党支部每年应开展的组织生活。数据看板按此计算进度，每月提醒落后的支部。</View>
      </View>
      {loading && <LoadingView />}
      {error && <ErrorView error={error} onRetry={refetch} />}
      {data && <QuotaSettingsForm saved={data} onSave={save} />}
    </View>
  )
}
