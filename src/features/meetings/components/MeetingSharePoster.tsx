import { Text, View } from '@tarojs/components'
import type { MeetingDetail } from '@contract/meetings-api'
import { MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { QrCode } from '@/features/org/components/QrCode'
import { copyText, shareableLink } from '@/features/notices/links'
import { showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { Popup } from '@/ui/popup'
import { pagePath } from '../checkin'
import { formatMeetingTime } from '../format'

/**
 * H5 分享, as the notices' poster: the meeting with a QR code of its full H5
 * link, and the link to copy. weapp forwards the page with useShareAppMessage
 * instead (a poster image there would need a canvas).
 */
export function MeetingSharePoster({ visible, onClose, meeting }: { visible: boolean; onClose: () => void; meeting: MeetingDetail }) {
  const link = shareableLink(pagePath(meeting.sharePath))
  return (
    <Popup visible={visible} position="bottom" round closeable title="分享会议" onClose={onClose} className="ps-m-popup ps-meeting-share-popup">
      {visible && (
        <View className="ps-m-share">
          <View className="ps-m-poster">
            <View className="ps-m-poster__brand">{MEETING_TYPE_LABELS[meeting.type]}</View>
            <View className="ps-m-poster__title">{meeting.title}</View>
            <View className="ps-m-poster__unit">{meeting.unitName}</View>
            <View className="ps-m-poster__line">
              <Text className="ps-m-poster__label">时间</Text>
              <Text>{formatMeetingTime(meeting.startAt, meeting.endAt)}</Text>
            </View>
            <View className="ps-m-poster__line">
              <Text className="ps-m-poster__label">地点</Text>
              <Text>
                {meeting.form} · {meeting.place}
              </Text>
            </View>
            <View className="ps-m-poster__qr">
              <QrCode className="ps-m-poster-qr" text={link} />
            </View>
            <View className="ps-m-poster__hint">扫码查看会议、请假</View>
          </View>
          <View className="ps-m-link-box">
            <View className="ps-m-link-text ps-meeting-share-link">{link}</View>
            <Button className="ps-meeting-share-copy" type="primary" size="small" onClick={() => void copyText(link).catch(showError)}>
              复制链接
            </Button>
          </View>
        </View>
      )}
    </Popup>
  )
}
