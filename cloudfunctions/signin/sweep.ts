import { removeExpiredRequests } from '../_shared/data/signin/requests'
import { removeExpiredShortCodes } from '../_shared/data/short-codes/store'
import { now } from '../_shared/runtime/clock'

/** Kept a day past their 2 minutes (for a support question), then gone: the daily timer. */
const KEEP_MS = 24 * 3600 * 1000

/** The `sweepExpired` timer: deletes dead sign-in requests and their 小程序码 short codes, so neither grows with history. */
export async function sweepExpired(): Promise<{ requests: number; shortCodes: number }> {
  const before = new Date(now().getTime() - KEEP_MS)
  const requests = await removeExpiredRequests(before)
  const shortCodes = await removeExpiredShortCodes('login', before)
  console.log(`[signin] sweep: ${requests} requests, ${shortCodes} short codes removed`)
  return { requests, shortCodes }
}
