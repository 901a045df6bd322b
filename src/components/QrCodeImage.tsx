import { Image, View } from '@tarojs/components'
import { QrCode } from './QrCode'
import './QrCode.css'

/**
 * The 小程序码 the platform returned (`wxacode.getUnlimited`, a PNG as base64),
 * which WeChat's scanner opens straight into the page; without one (the
 * platform refused or failed), the plain QR code of `fallback` as before.
 * A data URL works in `<Image>` on weapp and H5 alike.
 */
export function QrCodeImage({ png, fallback, className }: { png: string | null | undefined; fallback: string; className?: string }) {
  if (!png) return <QrCode className={className} text={fallback} />
  return (
    <View className={`ps-qr ps-qr--image ${className ?? ''}`} ariaLabel="小程序码" ariaRole="img">
      <Image className="ps-qr__image" src={`data:image/png;base64,${png}`} mode="aspectFit" showMenuByLongpress />
    </View>
  )
}
