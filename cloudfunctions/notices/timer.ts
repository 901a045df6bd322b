import type { MemberDoc } from '../_shared/data/org-docs'
import { activeMembersUnder, memberStatesOf } from '../_shared/data/notices/branch-reads'
import { claimNotification } from '../_shared/data/notices/notification-claims'
import { publishedWithDay, unitPathsOf } from '../_shared/data/notices/reminder-reads'
import { firstDate } from '../_shared/domain/notices/calendar'
import { tomorrow } from '../_shared/domain/calendar'
import { noticeTitle } from '../_shared/domain/notices/message'
import { now } from '../_shared/runtime/clock'
import { sendWithConsent } from './notify'

/**
 * The daily timer: for notices whose first scheduled day is tomorrow, remind
 * members who have not read them, within the one-message-per-notice budget
 * (a member already told by the branch's push is not told again).
 */
export async function remindBeforeScheduledDay(): Promise<{ notices: number; reminded: number }> {
  const day = tomorrow(now())
  const published = await publishedWithDay(day)
  let reminded = 0
  for (const notice of published.filter((n) => firstDate(n.schedule) === day)) {
    const [members, states, targets] = await Promise.all([activeMembersUnder(notice.ownerPath), memberStatesOf(notice._id), unitPathsOf(notice.targetUnitIds)])
    const sentTo = (member: MemberDoc): boolean => targets.some((unit) => member.unitPath.startsWith(unit.path))
    const stateOf = new Map(states.map((s) => [s.memberId, s]))
    for (const member of members) {
      const state = stateOf.get(member._id)
      if (!sentTo(member) || state?.readAt || state?.notifiedAt || !member.openid) continue
      if (!(await claimNotification(notice._id, member, now()))) continue
      if (await sendWithConsent({ memberId: member._id, openId: member.openid }, 'remind', { noticeId: notice._id, title: noticeTitle(notice), date: day }))
        reminded += 1
    }
  }
  return { notices: published.length, reminded }
}
