import { Text, View } from '@tarojs/components'
import type { DashboardScope, PeriodKind } from '@contract/dashboard-api'
import { issueLabel } from '@/lib/notice-naming'
import { showDone } from '@/lib/toast'
import { usePublishedNotices } from '@/lib/use-published-notices'
import { PERIOD_LABELS, PERIODS, periodLabelOf, shiftScope, withPeriod } from '../scope'

const NOTICE_PAGE_SIZE = 20

/**
 * 周 / 月 / 季度 / 年 with ‹ › to move a period at a time, or 按期: one
 * published study notice of the unit (most recent first). Choosing 按期
 * opens the most recent at once, so there is never a scope without data.
 */
export function ScopePicker({ unitId, scope, onChange }: { unitId: string; scope: DashboardScope; onChange: (scope: DashboardScope) => void }) {
  const notices = usePublishedNotices(unitId, NOTICE_PAGE_SIZE)
  const { published } = notices
  const byNotice = 'noticeId' in scope

  const chooseNotices = () => {
    if (byNotice) return
    if (notices.loading) return showDone('正在读取学习安排…')
    if (notices.error) return showDone(`学习安排读取失败：${notices.error.message}`)
    if (published.length === 0) return showDone('暂无已发布的学习安排')
    onChange({ noticeId: published[0].id })
  }
  const choosePeriod = (period: PeriodKind) => onChange(withPeriod(scope, period, new Date()))

  return (
    <View className="ps-card ps-dashboard-scope">
      <View className="ps-d-chips">
        {PERIODS.map((period) => (
          <Text
            key={period}
            className={`ps-d-chip ps-dashboard-period-choice${!byNotice && scope.period === period ? ' ps-d-chip--on' : ''}`}
            onClick={() => choosePeriod(period)}
          >
            {PERIOD_LABELS[period]}
          </Text>
        ))}
        <Text className={`ps-d-chip ps-dashboard-period-choice ps-dashboard-by-notice${byNotice ? ' ps-d-chip--on' : ''}`} onClick={chooseNotices}>
          按期
        </Text>
      </View>
      {'day' in scope ? (
        <View className="ps-d-stepper">
          <Text className="ps-d-stepper__arrow ps-dashboard-prev" onClick={() => onChange(shiftScope(scope, -1))}>
            ‹ 上一{PERIOD_LABELS[scope.period]}
          </Text>
          <Text className="ps-d-stepper__label ps-dashboard-period-label">{periodLabelOf(scope.period, scope.day)}</Text>
          <Text className="ps-d-stepper__arrow ps-dashboard-next" onClick={() => onChange(shiftScope(scope, 1))}>
            下一{PERIOD_LABELS[scope.period]} ›
          </Text>
        </View>
      ) : (
        <View className="ps-d-chips ps-d-chips--notices">
          {published.map((notice) => (
            <Text
              key={notice.id}
              className={`ps-d-chip ps-dashboard-notice-choice${notice.id === scope.noticeId ? ' ps-d-chip--on' : ''}`}
              onClick={() => onChange({ noticeId: notice.id })}
            >
              {issueLabel(notice)}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
