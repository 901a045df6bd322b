import { useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { HELD_KIND_LABELS, type HeldDecision, type HeldTextView } from '@contract/moderation-api'
import { ErrorView } from '@/components/RequestStates'
import { formatShanghai } from '@/lib/calendar'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { Button } from '@/ui/button'
import { decideHeld, listHeld } from '../api'
import './held-texts.css'

/**
 * 工作台 · 待处理 · 内容待审核: texts WeChat's content check held (需人工审核)
 * or could not check yet, for the officer who decides on them (never their
 * author). 释放: everyone who may read the record sees it; 退回: only its
 * author, asked to rewrite it. An anonymous 投诉建议 names nobody.
 */
export function HeldTexts() {
  const { data, error, loading, refetch } = useRequest(() => listHeld())
  const [decided, setDecided] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState<string | null>(null)
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) refetch()
    shown.current = true
  })

  const decide = async (item: HeldTextView, decision: HeldDecision) => {
    if (busy) return
    setBusy(item.id)
    try {
      await decideHeld({ id: item.id, decision })
      setDecided((current) => new Set(current).add(item.id))
      showDone(decision === 'release' ? '已释放' : '已退回作者修改')
    } catch (cause) {
      showError(cause)
    } finally {
      setBusy(null)
    }
  }

  if (loading && !data) return <View className="ps-muted ps-held">正在读取待审核的内容…</View>
  if (error) return <ErrorView error={error} onRetry={refetch} />
  const items = (data?.items ?? []).filter((item) => !decided.has(item.id))
  if (items.length === 0) return null
  return (
    <View className="ps-held">
      <View className="ps-held__head ps-held-count">内容待审核 {items.length} 条</View>
      {items.map((item) => (
        <View key={item.id} className="ps-held__item ps-held-item">
          <View className="ps-held__meta">
            <Text className="ps-held__kind">{HELD_KIND_LABELS[item.kind]}</Text>
            <Text className="ps-muted">
              {item.context} · {item.authorName ?? '匿名'} · {formatShanghai(item.heldAt)}
            </Text>
          </View>
          <View className="ps-held__status">
            {item.status === 'unchecked' ? '内容检查暂未完成，系统会自动重试；也可直接处理' : '微信内容安全检查建议人工审核'}
          </View>
          <View className="ps-text ps-held__text">{item.text}</View>
          <View className="ps-actions ps-actions--left">
            <Button className="ps-held-return" size="small" fill="outline" disabled={busy !== null} onClick={() => void decide(item, 'return')}>
              退回
            </Button>
            <Button className="ps-held-release" type="primary" size="small" disabled={busy !== null} onClick={() => void decide(item, 'release')}>
              释放
            </Button>
          </View>
        </View>
      ))}
      {data?.truncated && <View className="ps-held__note">仅显示最早的 50 条，处理后显示其余。</View>}
    </View>
  )
}
