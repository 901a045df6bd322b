import type { NoticeDetail, ScheduleChange } from '@contract/notices-api'
import { SharePosterPopup } from '@/components/SharePosterPopup'
import { routes } from '@/routes'
import { noticeTitle } from '@/lib/notice-naming'
import { firstScheduledDate } from '../format'
import { formatDay, formatShanghai } from '@/lib/calendar'
import { shareableLink } from '@/lib/links'

interface Props {
  visible: boolean
  onClose: () => void
  notice: Pick<NoticeDetail, 'id' | 'title' | 'year' | 'issueNo' | 'theme' | 'schedule'>
  /** The branch's own time, when it moved it; otherwise the first scheduled day is shown. */
  change: Pick<ScheduleChange, 'startAt'> | null
  /** The branch it is shared in, when known. */
  unitName?: string | null
}

/** H5 分享 of a notice: its title, theme and (the branch's) study time. */
export function SharePoster({ visible, onClose, notice, change, unitName }: Props) {
  const when = change ? `${formatShanghai(change.startAt)}（本支部调整）` : formatDay(firstScheduledDate(notice.schedule))
  return (
    <SharePosterPopup
      visible={visible}
      onClose={onClose}
      heading="分享学习安排"
      className="ps-n-popup"
      brand="党员学习教育"
      title={notice.title || noticeTitle(notice)}
      unitName={unitName}
      lines={[
        { label: '学习主题', value: notice.theme, className: 'ps-share-theme' },
        { label: '学习时间', value: when, className: 'ps-share-date' }
      ]}
      link={shareableLink(routes.noticeDetail(notice.id))}
      hint="扫码查看学习安排和学习材料"
    />
  )
}
