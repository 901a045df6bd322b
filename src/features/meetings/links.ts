import { shareableLink } from '@/lib/links'
import { pagePath } from './checkin'

/**
 * What a check-in QR code encodes. H5: the full URL of the page, built the
 * way the notices' share links are (origin + path + '#' + page path), so a
 * phone's camera opens it in the browser. weapp: the page path, which the
 * app's own 扫码签到 reads (a WeChat camera cannot open a plain path).
 */
export function checkinLink(path: string): string {
  return shareableLink(pagePath(path))
}
