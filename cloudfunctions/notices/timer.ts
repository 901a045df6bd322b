import { database } from '../_shared/data/client'
import type { UnitDoc } from '../_shared/data/org-docs'
import type { NoticeDoc, NoticeMemberDoc } from '../_shared/data/notice-docs'
import type { MemberDoc } from '../_shared/data/org-docs'
import { prefix, readAll } from '../_shared/data/query'
import { firstDate } from '../_shared/domain/notices/calendar'
import { tomorrow } from '../_shared/domain/calendar'
import { noticeTitle } from '../_shared/domain/notices/message'
import { now } from '../_shared/runtime/clock'
import { sendWithConsent } from './notify'
import { markNotifiedOnce } from './budget'

/**
 * The daily timer: for notices whose first scheduled day is tomorrow, remind
 * members who have not read them, within the one-message-per-notice budget
 * (a member already told by the branch's push is not told again).
 */
export async function remindBeforeScheduledDay(): Promise<{ notices: number; reminded: number }> {
  const day = tomorrow(now())
  const published = await readAll<NoticeDoc>('notices', { status: 'published', 'schedule.date': day }, { _id: true, year: true, issueNo: true, schedule: true, ownerPath: true, targetUnitIds: true })
  let reminded = 0
  for (const notice of published.filter((n) => firstDate(n.schedule) === day)) {
    const _ = database().command
    const [members, states, targets] = await Promise.all([
      readAll<MemberDoc>('members', { unitPath: prefix(notice.ownerPath), status: 'active' }),
      readAll<NoticeMemberDoc>('noticeMembers', { noticeId: notice._id }),
      readAll<UnitDoc>('units', { _id: _.in(notice.targetUnitIds) }, { path: true })
    ])
    const sentTo = (member: MemberDoc): boolean => targets.some((unit) => member.unitPath.startsWith(unit.path))
    const stateOf = new Map(states.map((s) => [s.memberId, s]))
    for (const member of members) {
      const state = stateOf.get(member._id)
      if (!sentTo(member) || state?.readAt || state?.notifiedAt || !member.openid) continue
      if (!(await markNotifiedOnce(notice._id, member))) continue
      if (await sendWithConsent({ memberId: member._id, openId: member.openid }, 'remind', { noticeId: notice._id, title: noticeTitle(notice), date: day })) reminded += 1
    }
  }
  return { notices: published.length, reminded }
}
