import { Text, View } from '@tarojs/components'
import { QrCode } from '@/components/QrCode'
import { copyText } from '@/lib/links'
import { showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { Popup } from '@/ui/popup'
import './SharePosterPopup.css'

interface Props {
  visible: boolean
  onClose: () => void
  /** The popup's title, e.g. 分享学习安排. */
  heading: string
  className?: string
  brand: string
  title: string
  unitName?: string | null
  lines: Array<{ label: string; value: string; className?: string }>
  /** The full H5 link the QR code encodes. */
  link: string
  hint: string
}

/**
 * H5 分享: a poster to screenshot into the branch's WeChat group (brand,
 * title, unit, a few labelled lines, a QR code of the page's full H5 link) and
 * the link itself to copy. H5 only: the mini-program forwards the page with
 * useShareAppMessage, and a poster image there would need a canvas
 * (wx.createCanvasContext / canvasToTempFilePath), which this Views-only QR
 * code avoids.
 */
export function SharePosterPopup({ visible, onClose, heading, className, brand, title, unitName, lines, link, hint }: Props) {
  return (
    <Popup visible={visible} position="bottom" round closeable title={heading} onClose={onClose} className={`ps-share-popup ${className ?? ''}`}>
      {visible && (
        <View className="ps-share">
          <View className="ps-share-poster">
            <View className="ps-share-poster__brand">{brand}</View>
            <View className="ps-share-poster__title">{title}</View>
            {unitName && <View className="ps-share-poster__unit">{unitName}</View>}
            {lines.map((line) => (
              <View key={line.label} className="ps-share-poster__line">
                <Text className="ps-share-poster__label">{line.label}</Text>
                <Text className={line.className}>{line.value}</Text>
              </View>
            ))}
            <View className="ps-share-poster__qr">
              <QrCode className="ps-share-qr" text={link} />
            </View>
            <View className="ps-share-poster__hint">{hint}</View>
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
