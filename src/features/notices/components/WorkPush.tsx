import { useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { NoticeSummary, NoticesActions } from '@contract/notices-api'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { issueLabel } from '@/lib/notice-naming'
import { copyText } from '@/lib/links'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import { listNotices, pushNotice } from '../api'
import { pushableNotices } from '../format'
import { formatDay } from '@/lib/calendar'
import './work-push.css'

type PushResult = NoticesActions['notices.push']['result']

/**
 * 工作台 for a branch's secretary or 组织委员: each recent notice as a card with
 * 推送给党员, so a push is two taps (推送给党员, 确认) from the tab bar, no page
 * in between. The branch page (本支部学习安排) keeps the full set of tools.
 * Silent while loading or failing: the entries below still lead there.
 */
export function WorkPush({ unitId, unitName }: { unitId: string; unitName: string }) {
  const { data, refetch } = useRequest(() => listNotices({ view: 'manage', unitId, page: 1, pageSize: 10 }))
  const [confirming, setConfirming] = useState<NoticeSummary | null>(null)
  // Kept across refetches, so a result stays on its card when the tab comes back.
  const [results, setResults] = useState<Record<string, PushResult>>({})
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) refetch()
    shown.current = true
  })

  const notices = data ? pushableNotices(data.items, new Date()) : []
  if (notices.length === 0) return null

  const push = async () => {
    if (!confirming) return
    const result = await pushNotice({ id: confirming.id, unitId })
    setResults((current) => ({ ...current, [confirming.id]: result }))
    setConfirming(null)
    showDone(result.sent > 0 ? `已发送 ${result.sent} 人` : '推送完成')
  }

  return (
    <View className="ps-work-notices">
      {notices.map((notice) => {
        const result = results[notice.id]
        return (
          <View key={notice.id} className="ps-work-notice">
            <View className="ps-work-notice__title">新的学习安排 · {issueLabel(notice)}</View>
            <View className="ps-work-notice__theme">{notice.theme}</View>
            <View className="ps-work-notice__meta">
              学习日 {formatDay(notice.firstDate)}
              {notice.counters ? ` · 已学习材料 ${notice.counters.read}/${notice.counters.assigned}` : ''}
            </View>
            {result && (
              <View className="ps-work-push-result">
                已发送 <Text className="ps-work-push-sent">{result.sent}</Text> 人 · 未授权 <Text className="ps-work-push-no-consent">{result.noConsent}</Text>{' '}
                人 · 已推送过 <Text className="ps-work-push-already">{result.alreadySent}</Text> 人
                {result.noConsent > 0 ? '。未授权的党员收不到微信提醒，请把链接转发到支部微信群。' : ''}
              </View>
            )}
            {result && result.unreached.names.length > 0 && (
              <View className="ps-work-push-unreached">
                收不到提醒：{result.unreached.names.join('、')}
                <Text
                  className="ps-n-link ps-work-push-copy"
                  onClick={() => void copyText(result.unreached.groupText, '群通知已复制，可粘贴到支部微信群').catch(showError)}
                >
                  {' '}
                  复制群消息
                </Text>
              </View>
            )}
            <View className="ps-work-notice__actions">
              <Text className="ps-work-notice__more" onClick={() => void Taro.navigateTo({ url: routes.noticeBranch(notice.id, unitId) })}>
                查看详情 ›
              </Text>
              <Button className="ps-work-push" type="primary" size="small" onClick={() => setConfirming(notice)}>
                推送给党员
              </Button>
            </View>
          </View>
        )
      })}
      <ConfirmDialog
        className="ps-work-push-confirm"
        visible={confirming !== null}
        title="推送给党员"
        message={confirming ? `将通过微信向「${unitName}」开启了学习提醒的党员发送 ${issueLabel(confirming)}学习安排（每人最多一次，已发过的不再发送）。` : ''}
        confirmText="确认推送"
        onClose={() => setConfirming(null)}
        onConfirm={push}
      />
    </View>
  )
}
