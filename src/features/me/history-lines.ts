import type { HistoryItem, HistoryKind } from '@contract/me'
import { ATTENDANCE_LABELS, MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { formatShanghai } from '@/lib/calendar'

/** The filters of 我的记录, in the order shown. */
export const HISTORY_FILTERS: Array<{ kind: HistoryKind; label: string }> = [
  { kind: 'all', label: '全部' },
  { kind: 'leave', label: '请假' },
  { kind: 'makeup', label: '补学' },
  { kind: 'checkin', label: '签到' }
]

export const EMPTY_TEXT: Record<HistoryKind, string> = {
  all: '还没有参会记录：签到、请假和补学都会列在这里',
  leave: '没有请假记录',
  makeup: '没有补学任务',
  checkin: '没有签到记录'
}

const DECISIONS = { pending: '待审批', approved: '已批准', refused: '未批准' } as const

/** The lines under a meeting's title: what I did there, in plain words. */
export function historyLines(item: HistoryItem): string[] {
  const lines: string[] = []
  const type = item.type ? MEETING_TYPE_LABELS[item.type] : ''
  lines.push([formatShanghai(item.startAt), type, item.unitName].filter(Boolean).join(' · '))
  if (item.checkedInAt) {
    const how = item.method === 'manual' ? '主持人代签' : '扫码签到'
    lines.push(`${ATTENDANCE_LABELS[item.status]} · ${how} ${formatShanghai(item.checkedInAt)}`)
  } else {
    lines.push(ATTENDANCE_LABELS[item.status])
  }
  if (item.leave) {
    const comment = item.leave.comment ? `（${item.leave.comment}）` : ''
    lines.push(`请假：${item.leave.reason} · ${DECISIONS[item.leave.decision]}${comment}`)
  }
  if (item.makeup) {
    lines.push(
      item.makeup.completedAt ? `补学：已完成 ${formatShanghai(item.makeup.completedAt)}` : `补学：待完成，${formatShanghai(item.makeup.dueAt)} 前提交`
    )
  }
  return lines
}
