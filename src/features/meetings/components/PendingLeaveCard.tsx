import { useState, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { PendingLeave } from '@contract/meetings-api'
import { MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { formatShanghai } from '@/lib/calendar'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import { decideLeave, listPending } from '../api'
import './meetings.css'

type Decision = 'approved' | 'refused'

/**
 * 工作台 · 待处理: leave requests waiting for the secretary, with their count,
 * each decidable right here (批准 / 不批准); the meeting opens on a tap.
 * `children`: the page's other pending work from other features (讨论待批阅),
 * shown in the same card below the leave (features do not import each other).
 */
export function PendingLeaveCard({ children }: { children?: ReactNode }) {
  const { data, error, loading, refetch } = useRequest(() => listPending())
  const [decided, setDecided] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState<string | null>(null)
  const keyOf = (p: PendingLeave) => `${p.meetingId}:${p.memberId}`

  const decide = async (item: PendingLeave, decision: Decision) => {
    if (busy) return
    setBusy(keyOf(item))
    try {
      await decideLeave({ id: item.meetingId, memberId: item.memberId, decision })
      setDecided((current) => new Set(current).add(keyOf(item)))
      showDone(decision === 'approved' ? `已批准 ${item.name} 请假` : `未批准 ${item.name} 请假`)
    } catch (cause) {
      showError(cause)
    } finally {
      setBusy(null)
    }
  }

  const leaveState = loading ? <LoadingView text="正在读取待处理事项…" /> : error ? <ErrorView error={error} onRetry={refetch} /> : null
  if (leaveState && !children) return leaveState
  const waiting = (data?.leave ?? []).filter((item) => !decided.has(keyOf(item)))
  return (
    <View className="ps-card ps-work-pending">
      <View className="ps-card__title">
        待处理
        {!leaveState && (
          <Text className="ps-card__title-extra ps-work-pending-count">{waiting.length ? `请假待审批 ${waiting.length} 条` : '暂无待审批的请假'}</Text>
        )}
      </View>
      {leaveState}
      {waiting.map((item) => (
        <View key={keyOf(item)} className="ps-m-item ps-m-item--flat ps-work-pending-item">
          <View className="ps-m-item__head" onClick={() => void Taro.navigateTo({ url: routes.meetingRecord(item.meetingId) })}>
            <Text className="ps-m-item__title ps-work-pending-name">{item.name}</Text>
            <Text className="ps-muted">
              {MEETING_TYPE_LABELS[item.meetingType]} · {item.meetingTitle} · {formatShanghai(item.startAt)}
            </Text>
          </View>
          <View className="ps-text ps-work-pending-reason">事由：{item.reason}</View>
          <View className="ps-actions ps-actions--left">
            <Button className="ps-work-pending-refuse" size="small" fill="outline" disabled={busy !== null} onClick={() => void decide(item, 'refused')}>
              不批准
            </Button>
            <Button className="ps-work-pending-approve" type="primary" size="small" disabled={busy !== null} onClick={() => void decide(item, 'approved')}>
              批准
            </Button>
          </View>
        </View>
      ))}
      {children}
    </View>
  )
}
