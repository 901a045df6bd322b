import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { getDemoOpenId } from '@/api/demo-identity'
import { askConsent } from '@/lib/subscribe-consent'
import { showDone, showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import './SubscribeBox.css'

export interface SubscribeBoxProps {
  /** The one WeChat template this box asks for (WeChat counts consent per template). */
  templateId: string
  /** Remembered on the device under this key, so the box says 已设置 instead of asking again. */
  storageKey: string
  /** What the member gets, shown beside the button. */
  offer: string
  /** The button's words. */
  action: string
  /** Shown once asked. */
  done: string
  /** The toast after consent: what exactly will arrive, and how often. */
  accepted: string
  className?: string
}

/**
 * Storage is already per WeChat user on weapp; in H5 the dev switcher changes
 * who acts on one browser, so the key names the acting demo user too.
 */
function keyForThisUser(key: string): string {
  const demoUser = getDemoOpenId()
  return demoUser ? `${key}.${demoUser}` : key
}

function rememberedAnswer(key: string): boolean {
  try {
    return Boolean(Taro.getStorageSync(key))
  } catch {
    return false
  }
}

/**
 * Asks WeChat's consent for one template, only ever from this tap (never on
 * open, never forced). Each consent allows one message of that template; the
 * box remembers on this device that it asked. The reminder budgets on the
 * server decide whether a message is sent at all.
 */
export function SubscribeBox({ templateId, storageKey, offer, action, done, accepted, className }: SubscribeBoxProps) {
  const [asked, setAsked] = useState<boolean>(() => rememberedAnswer(keyForThisUser(storageKey)))
  const [busy, setBusy] = useState(false)

  const ask = async () => {
    if (busy) return
    setBusy(true)
    try {
      const granted = (await askConsent([templateId])).length > 0
      try {
        Taro.setStorageSync(keyForThisUser(storageKey), granted ? 'accepted' : 'rejected')
      } catch {
        // Not remembered: the button simply stays.
      }
      setAsked(true)
      showDone(granted ? accepted : '未开启提醒')
    } catch (error) {
      showError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className={`ps-subscribe-box ${className ?? ''}`}>
      <Text>{asked ? done : offer}</Text>
      {!asked && (
        <Button className="ps-subscribe" size="small" fill="outline" loading={busy} onClick={() => void ask()}>
          {action}
        </Button>
      )}
    </View>
  )
}
