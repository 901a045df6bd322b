import Taro from '@tarojs/taro'
import { withPrivacyAgreement } from '@/lib/privacy'
import { showDone } from '@/lib/toast'

/**
 * Links out of the app. The mini-program cannot open an outside web page
 * (that needs a business-domain web-view), so there a link is copied for the
 * browser; H5 opens it in a new tab.
 */
export async function openExternalLink(url: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener')
    return
  }
  await withPrivacyAgreement('复制链接到剪贴板', () => Taro.setClipboardData({ data: url }))
  showDone('链接已复制，请粘贴到浏览器中打开')
}

/** A page path (as routes.ts gives it) as something a person can paste: a full URL on H5, the path on weapp. */
export function shareableLink(path: string): string {
  if (process.env.TARO_ENV === 'h5') return `${window.location.origin}${window.location.pathname}#${path}`
  return path
}

/**
 * Copies text: Taro.setClipboardData (on H5 a hidden textarea and
 * execCommand('copy')); where that fails on H5, the async Clipboard API
 * (secure contexts only). The clipboard is a privacy API: the 用户隐私保护指引
 * is agreed to first (src/lib/privacy.ts); declining copies nothing.
 */
export async function copyText(text: string, done = '链接已复制，可粘贴到支部微信群'): Promise<void> {
  await withPrivacyAgreement('复制到剪贴板', async () => {
    try {
      await Taro.setClipboardData({ data: text })
    } catch (error) {
      if (process.env.TARO_ENV !== 'h5' || typeof navigator === 'undefined' || !navigator.clipboard) throw error
      await navigator.clipboard.writeText(text)
    }
  })
  showDone(done)
}

export function copyLink(path: string, done?: string): Promise<void> {
  return copyText(shareableLink(path), done)
}
