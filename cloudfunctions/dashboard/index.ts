import { timerTrigger } from '../_shared/access/timer'
import { sweepLanes } from '../_shared/data/counting'
import { LANES } from '../_shared/data/lanes'
import { followPending } from '../_shared/data/membership-follow'
import { resolveCaller } from '../_shared/access/caller'
import { action, defineFunction } from '../_shared/runtime/dispatch'
import { scheduleChanges } from './changes'
import { exportView } from './export'
import { memberRows } from './members'
import { getSettings, quotasView, setSettings } from './quotas'
import { schemas } from './schemas'
import { monthlyQuotaReminders, nightlyRecount, weeklyDigest } from './timers'
import { trend } from './trend'
import { viewDashboard } from './view'

const dispatch = defineFunction({
  'dashboard.view': action(schemas['dashboard.view'], async (p) => viewDashboard(await resolveCaller(), p)),
  'dashboard.members': action(schemas['dashboard.members'], async (p) => memberRows(await resolveCaller(), p)),
  'dashboard.trend': action(schemas['dashboard.trend'], async (p) => trend(await resolveCaller(), p)),
  'dashboard.quotas': action(schemas['dashboard.quotas'], async (p) => quotasView(await resolveCaller(), p)),
  'dashboard.changes': action(schemas['dashboard.changes'], async (p) => scheduleChanges(await resolveCaller(), p)),
  'dashboard.export': action(schemas['dashboard.export'], async (p) => exportView(await resolveCaller(), p)),
  'quotas.get': action(schemas['quotas.get'], async () => getSettings(await resolveCaller())),
  'quotas.set': action(schemas['quotas.set'], async (p) => setSettings(await resolveCaller(), p.settings))
})

const TIMERS: Record<string, () => Promise<unknown>> = {
  monthlyQuotaReminders,
  weeklyDigest,
  nightlyRecount,
  // Counts what a crash left dirty or half-counted (data/counting.ts).
  sweepCounts: async () => ({ followed: await followPending(), ...(await sweepLanes(LANES)) })
}

/**
 * The `dashboard` function: validate → resolve the caller from the platform
 * OPENID → authorise in each use case → typed result. Its three timers
 * arrive as CloudBase timer events, recognised by the platform's trigger
 * marker (access/timer.ts) and told apart by name.
 */
export async function main(event: unknown): Promise<unknown> {
  const timer = timerTrigger(event)
  if (timer && Object.prototype.hasOwnProperty.call(TIMERS, timer)) return TIMERS[timer]()
  return dispatch(event)
}

