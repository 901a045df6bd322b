import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CheckinCode } from '@contract/meetings-api'
import { toApiError, type ApiError } from '@/api/errors'
import { LoadingView } from '@/components/RequestStates'
import { copyText } from '@/lib/links'
import { QrCodeImage } from '@/components/QrCodeImage'
import { formatShanghai } from '@/lib/calendar'
import { showError } from '@/lib/toast'
import { getCheckinCode } from '../api'
import { nextCodeDelay } from '../checkin'
import { PHASE_LABELS } from '../format'
import { usePolling } from '../hooks/use-polling'
import { checkinLink } from '../links'

/**
 * The big rotating QR code. The code changes every 30 seconds (a photo of it
 * soon stops working), so the next one is fetched when this one rotates; the
 * phase shown is the server's, never this device's clock.
 */
export function CheckinCodeView({ meetingId, onPhase }: { meetingId: string; onPhase: (phase: CheckinCode['phase']) => void }) {
  const [code, setCode] = useState<CheckinCode | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  usePolling(async () => {
    try {
      const next = await getCheckinCode({ id: meetingId })
      setCode(next)
      setError(null)
      onPhase(next.phase)
      return nextCodeDelay(next.rotatesAt, Date.now())
    } catch (cause) {
      setError(toApiError(cause))
      throw cause
    }
  }, 15_000)

  if (!code) return error ? <View className="ps-problems ps-checkin-code-error">{error.message}</View> : <LoadingView text="正在生成签到码…" />
  const link = checkinLink(code.path)
  const open = code.phase === 'on_time' || code.phase === 'late'
  return (
    <View className={`ps-checkin-code ps-checkin-code--${code.phase}`}>
      <View className="ps-checkin-code__phase">
        <Text className={`ps-tag ps-checkin-phase ps-tag--${open ? (code.phase === 'late' ? 'warn' : 'ok') : 'muted'}`}>{PHASE_LABELS[code.phase]}</Text>
      </View>
      <View className="ps-checkin-code__qr">
        <QrCodeImage className="ps-checkin-qr" png={code.wxaCode?.png} fallback={link} />
        {!open && <View className="ps-checkin-code__veil">{code.phase === 'not_open' ? `${formatShanghai(code.opensAt)} 开放签到` : '签到已结束'}</View>}
      </View>
      <View className="ps-muted ps-checkin-code__window">
        签到时间 {formatShanghai(code.opensAt)} 至 {formatShanghai(code.closesAt)}，开始后签到记为迟到。二维码每 30 秒更新。
      </View>
      {error && <View className="ps-muted ps-m-warn">更新签到码失败：{error.message}（稍后自动重试）</View>}
      <View className="ps-checkin-url" onClick={() => void copyText(link, '签到链接已复制').catch(showError)}>
        {link}
      </View>
    </View>
  )
}
