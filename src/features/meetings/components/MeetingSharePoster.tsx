import type { MeetingDetail } from '@contract/meetings-api'
import { MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { SharePosterPopup } from '@/components/SharePosterPopup'
import { shareableLink } from '@/lib/links'
import { pagePath } from '../checkin'
import { formatMeetingTime } from '../format'

/** H5 分享 of a meeting, as the notices' poster: type, title, branch, time and place. */
export function MeetingSharePoster({ visible, onClose, meeting }: { visible: boolean; onClose: () => void; meeting: MeetingDetail }) {
  return (
    <SharePosterPopup
      visible={visible}
      onClose={onClose}
      heading="分享会议"
      className="ps-m-popup ps-meeting-share-popup"
      brand={MEETING_TYPE_LABELS[meeting.type]}
      title={meeting.title}
      unitName={meeting.unitName}
      lines={[
        { label: '时间', value: formatMeetingTime(meeting.startAt, meeting.endAt) },
        { label: '地点', value: `${meeting.form} · ${meeting.place}` }
      ]}
      link={shareableLink(pagePath(meeting.sharePath))}
      hint="扫码查看会议、请假"
    />
  )
}
