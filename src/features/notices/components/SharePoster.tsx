import { Text, View } from '@tarojs/components'
import type { NoticeDetail, ScheduleChange } from '@contract/notices-api'
import { firstScheduledDate, formatDay, formatShanghai, noticeTitle } from '../format'
import { QrCode } from '@/features/org/components/QrCode'
import { showError } from '@/lib/toast'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import { Popup } from '@/ui/popup'
import { copyText, shareableLink } from '../links'

interface Props {
  visible: boolean
  onClose: () => void
  notice: Pick<NoticeDetail, 'id' | 'title' | 'year' | 'issueNo' | 'theme' | 'schedule'>
  /** The branch's own time, when it moved it; otherwise the first scheduled day is shown. */
  change: Pick<ScheduleChange, 'startAt'> | null
  /** The branch it is shared in, when known. */
  unitName?: string | null
}

/**
 * H5 分享: a poster to screenshot into the branch's WeChat group (title, theme,
 * date, branch, a QR code of the notice's full H5 link) and the link itself to
 * copy. H5 only: the mini-program forwards the notice with useShareAppMessage,
 * and a poster image there would need a canvas (wx.createCanvasContext /
 * canvasToTempFilePath), which this Views-only QR code avoids.
 */
export function SharePoster({ visible, onClose, notice, change, unitName }: Props) {
  const link = shareableLink(routes.noticeDetail(notice.id))
  const title = notice.title || noticeTitle(notice)
  const theme = notice.theme
  const when = change ? `${formatShanghai(change.startAt)}（本支部调整）` : formatDay(firstScheduledDate(notice.schedule))
  return (
    <Popup visible={visible} position="bottom" round closeable title="分享学习安排" onClose={onClose} className="ps-n-popup ps-share-popup">
      {visible && (
        <View className="ps-share">
          <View className="ps-share-poster">
            <View className="ps-share-poster__brand">党员学习教育</View>
            <View className="ps-share-poster__title">{title}</View>
            {unitName && <View className="ps-share-poster__unit">{unitName}</View>}
            <View className="ps-share-poster__line">
              <Text className="ps-share-poster__label">学习主题</Text>
              <Text className="ps-share-theme">{theme}</Text>
            </View>
            <View className="ps-share-poster__line">
              <Text className="ps-share-poster__label">学习时间</Text>
              <Text className="ps-share-date">{when}</Text>
            </View>
            <View className="ps-share-poster__qr">
              <QrCode className="ps-share-qr" text={link} />
            </View>
            <View className="ps-share-poster__hint">扫码查看学习安排和学习材料</View>
          </View>
          <View className="ps-share-link-box">
            <View className="ps-share-link">{link}</View>
            <Button className="ps-share-copy" type="primary" size="small" onClick={() => void copyText(link).catch(showError)}>
              复制链接
            </Button>
          </View>
          <View className="ps-muted ps-share-how">截图海报或复制链接，发到支部微信群。</View>
        </View>
      )}
    </Popup>
  )
}
