import Taro from '@tarojs/taro'
import { ApiError } from '@/api/errors'

/**
 * The agreement to the 用户隐私保护指引, asked before the first
 * privacy-related call (clipboard, choosing a file, entering a phone number,
 * asking for subscribe messages). Every such call site goes through
 * `requirePrivacyAgreement` (or `withPrivacyAgreement`); the popup that asks is
 * `src/features/privacy/components/PrivacyPopup.tsx`, mounted once per page by
 * the page layouts and fed from here.
 *
 * weapp: WeChat keeps the agreement. `wx.requirePrivacyAuthorize` succeeds at
 * once when the user already agreed; otherwise WeChat fires
 * `wx.onNeedPrivacyAuthorization` (also for any privacy API called directly)
 * and holds the call until `resolve({ event: 'agree', buttonId })`, which it
 * accepts only after the button with that id (`open-type="agreePrivacyAuthorization"`)
 * was tapped, or `resolve({ event: 'disagree' })`, which makes the call fail.
 * H5: no platform keeps it, so the agreement is remembered in localStorage.
 * Declining only stops that one action; the app stays usable and asks again
 * next time.
 */

/** The id WeChat checks: resolve({ event: 'agree', buttonId }) must name the tapped agree button. */
export const PRIVACY_AGREE_BUTTON_ID = 'ps-privacy-agree'
/** H5: where the agreement is remembered (a new version of the 指引 changes the key, so everyone is asked again). */
export const PRIVACY_STORAGE_KEY = 'ps-privacy-agreed-v1'

type WeappResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

interface Pending {
  /** What asked (WeChat's referrer, or the call site's words), for the popup's first line. */
  purpose: string
  settle: (agreed: boolean) => void
}

let pending: Pending | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

/** The popup's subscription: called whenever a request starts or ends. */
export function subscribePrivacyRequest(listener: () => void): () => void {
  listeners.add(listener)
  installWeappListener()
  return () => listeners.delete(listener)
}

/** The request waiting for an answer, if any (the same object until it changes, as useSyncExternalStore needs). */
export function pendingPrivacyRequest(): { readonly purpose: string } | null {
  return pending
}

/** The popup's answer: agree (after the agree button was tapped) or decline. */
export function answerPrivacyRequest(agreed: boolean): void {
  const current = pending
  pending = null
  notify()
  current?.settle(agreed)
}

const isH5 = () => process.env.TARO_ENV === 'h5'

function h5Agreed(): boolean {
  try {
    return window.localStorage.getItem(PRIVACY_STORAGE_KEY) === '1'
  } catch {
    return false
  }
}

/** Starts a request the popup shows; a second request while one waits joins it. */
function ask(purpose: string, onAnswer: (agreed: boolean) => void): void {
  if (pending) {
    const first = pending.settle
    pending = {
      purpose: pending.purpose,
      settle: (agreed) => {
        first(agreed)
        onAnswer(agreed)
      }
    }
    return
  }
  pending = { purpose, settle: onAnswer }
  notify()
}

let weappListening = false
/** weapp: what the call site is about to do, for the popup (WeChat's referrer names only the API). */
let weappPurpose: string | null = null
/** weapp: one listener for the whole app; WeChat calls it before any privacy API while the user has not agreed. */
function installWeappListener(): void {
  if (weappListening || isH5() || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  weappListening = true
  Taro.onNeedPrivacyAuthorization((resolve: WeappResolve, eventInfo) => {
    resolve({ event: 'exposureAuthorization' })
    const purpose = weappPurpose ?? (eventInfo?.referrer ? `使用「${eventInfo.referrer}」` : '继续')
    ask(purpose, (agreed) => resolve(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' }))
  })
}

/** True once the user agreed (asking first if needed), false if they declined this time. */
export function requirePrivacyAgreement(purpose: string): Promise<boolean> {
  if (isH5()) {
    if (h5Agreed()) return Promise.resolve(true)
    return new Promise((resolve) =>
      ask(purpose, (agreed) => {
        if (agreed) {
          try {
            window.localStorage.setItem(PRIVACY_STORAGE_KEY, '1')
          } catch {
            // Private mode without storage: agreed for this visit only.
          }
        }
        resolve(agreed)
      })
    )
  }
  installWeappListener()
  // Below base library 2.32.3 there is no privacy check at all: nothing to ask.
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true)
  weappPurpose = purpose
  return new Promise((resolve) => {
    const done = (agreed: boolean) => {
      weappPurpose = null
      resolve(agreed)
    }
    // Taro may promisify it as well: its promise rejects on fail, already answered by the callback.
    const asked = Taro.requirePrivacyAuthorize({ success: () => done(true), fail: () => done(false) }) as unknown
    if (asked instanceof Promise) asked.catch(() => undefined)
  })
}

/** Runs `action` once the user agreed; declining throws PRIVACY_DECLINED (shown like any error), and nothing runs. */
export async function withPrivacyAgreement<T>(purpose: string, action: () => Promise<T> | T): Promise<T> {
  if (!(await requirePrivacyAgreement(purpose))) {
    throw new ApiError('PRIVACY_DECLINED', '你未同意《用户隐私保护指引》，本次操作未执行。可在「我的 → 隐私政策」查看后再试')
  }
  return action()
}
