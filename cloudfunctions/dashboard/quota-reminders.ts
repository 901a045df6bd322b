import dayjs from 'dayjs'
import { claimReminder } from '../_shared/data/dashboard/reminders'
import { committees as allCommittees } from '../_shared/data/dashboard/units-by-type'
import { activeMembersWithRole } from '../_shared/data/member-by-role'
import { TZ } from '../_shared/domain/calendar'
import { quotaMessage } from '../_shared/domain/dashboard/message'
import { missingSummary } from '../_shared/domain/dashboard/quotas'
import { sendWithConsent } from '../_shared/messaging/send-with-consent'
import { now } from '../_shared/runtime/clock'
import { branchQuotas, settingsFor } from './quotas'

/**
 * Monthly: each branch behind on a yearly requirement gets one message to
 * its secretary naming what is missing (one per branch per month, whatever
 * the number of runs). A branch that caught up gets nothing.
 */
export async function monthlyQuotaReminders(): Promise<{ branches: number; behind: number; reminded: number }> {
  const at = now()
  const local = dayjs(at).tz(TZ)
  const month = local.format('YYYY-MM')
  const committees = await allCommittees()
  let branches = 0
  let behind = 0
  let reminded = 0
  for (const committee of committees) {
    const quotas = await branchQuotas(committee, local.year(), await settingsFor(committee.path))
    branches += quotas.length
    for (const branch of quotas.filter((b) => b.behind.length > 0)) {
      behind += 1
      const missing = missingSummary(branch.items)
      if (!(await claimReminder(`${branch.unitId}:M${month}`, { kind: 'quota', unitId: branch.unitId, missing }, now()))) continue
      for (const secretary of await activeMembersWithRole('branch_secretary', branch.unitId, 5)) {
        if (
          await sendWithConsent({ memberId: secretary._id, openId: secretary.openid }, (openId) =>
            quotaMessage({ openId, unitId: branch.unitId, unitName: branch.unitName, missing, month: `${local.month() + 1}月` })
          )
        )
          reminded += 1
      }
    }
  }
  return { branches, behind, reminded }
}
