import dayjs from 'dayjs'
import { attendedOf, percent } from '../_shared/contract/dashboard-rules'
import { claimReminder } from '../_shared/data/dashboard/reminders'
import { unitBucket } from '../_shared/data/dashboard/unit-bucket'
import { activeMembersWithRole } from '../_shared/data/member-by-role'
import { digestMessage } from '../_shared/domain/dashboard/message'
import { periodKeys, periodLabel } from '../_shared/domain/dashboard/periods'
import { sendWithConsent } from '../_shared/messaging/send-with-consent'
import { STUDY_STATE_LABELS } from '../_shared/contract/notices'
import { now } from '../_shared/runtime/clock'

/** Weekly: one digest per 组织部 member of last week's numbers for their committee (one per week). */
export async function weeklyDigest(): Promise<{ sent: number }> {
  const lastWeek = periodKeys(dayjs(now()).subtract(7, 'day').toDate()).week
  let sent = 0
  for (const staff of await activeMembersWithRole('org_department', null, 100)) {
    const grant = staff.roles.find((r) => r.role === 'org_department')
    if (!grant || !(await claimReminder(`${staff._id}:${lastWeek}`, { kind: 'digest', memberId: staff._id }, now()))) continue
    const bucket = await unitBucket(grant.unitId, lastWeek)
    const read = bucket ? percent(bucket.noticeRead, bucket.noticeAssigned) : null
    const attended = bucket ? percent(attendedOf(bucket), bucket.meetingInvited) : null
    const shown = (rate: number | null): string => (rate === null ? '—' : `${rate}%`)
    const summary = `${STUDY_STATE_LABELS.read}${shown(read)} 出席${shown(attended)}`
    if (
      await sendWithConsent({ memberId: staff._id, openId: staff.openid }, (openId) =>
        digestMessage({ openId, unitId: grant.unitId, week: periodLabel(lastWeek), summary })
      )
    )
      sent += 1
  }
  return { sent }
}
