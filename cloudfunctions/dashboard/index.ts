import { resolveCaller } from '../_shared/access/caller'
import { recheckHeldTexts } from '../_shared/data/moderation/recheck'
import { now } from '../_shared/runtime/clock'
import { action, defineFunction } from '../_shared/runtime/dispatch'
import { scheduleChanges } from './changes'
import { exportView } from './export'
import { memberRows } from './members'
import { nightlyRecount } from './nightly-recount'
import { monthlyQuotaReminders } from './quota-reminders'
import { getSettings, quotasView, setSettings } from './quotas'
import { schemas } from './schemas'
import { sweepCounts } from './sweep-counts'
import { trend } from './trend'
import { viewDashboard } from './view'
import { weeklyDigest } from './weekly-digest'

const actions = {
  'dashboard.view': action(schemas['dashboard.view'], async (p) => viewDashboard(await resolveCaller(), p)),
  'dashboard.members': action(schemas['dashboard.members'], async (p) => memberRows(await resolveCaller(), p)),
  'dashboard.trend': action(schemas['dashboard.trend'], async (p) => trend(await resolveCaller(), p)),
  'dashboard.quotas': action(schemas['dashboard.quotas'], async (p) => quotasView(await resolveCaller(), p)),
  'dashboard.changes': action(schemas['dashboard.changes'], async (p) => scheduleChanges(await resolveCaller(), p)),
  'dashboard.export': action(schemas['dashboard.export'], async (p) => exportView(await resolveCaller(), p)),
  'quotas.get': action(schemas['quotas.get'], async () => getSettings(await resolveCaller())),
  'quotas.set': action(schemas['quotas.set'], async (p) => setSettings(await resolveCaller(), p.settings))
}

const timers = {
  monthlyQuotaReminders,
  weeklyDigest,
  nightlyRecount,
  // Every minute: the counting sweep, then texts WeChat could not check when saved (content security, bounded per run).
  sweepCounts: async () => ({ ...(await sweepCounts()), rechecked: await recheckHeldTexts(now()) })
}

/**
 * The `dashboard` function: validate → resolve the caller from the platform
 * OPENID → authorise in each use case → typed result. Its timers run only on
 * the platform's timer events, told apart by trigger name (config.json).
 */
export const main = defineFunction({ contract: 'dashboard', actions, timers })
