import type { RoleGrant } from '@contract/org'
import { SubscribeBox } from '@/components/SubscribeBox'
import { shanghaiDay } from '@/lib/calendar'
import { QUOTA_TEMPLATE_ID } from '@/lib/subscribe-consent'

/** What the work template brings to whom (dashboard quota-reminders and weekly-digest timers). */
function offerFor(roles: RoleGrant[]): string | null {
  const secretary = roles.some((grant) => grant.role === 'branch_secretary')
  const department = roles.some((grant) => grant.role === 'org_department')
  if (secretary && department) return '支部年度要求落后时（每月20日）和每周一的汇总，通过微信提醒你'
  if (secretary) return '本支部年度要求有落后项时（每月20日），通过微信提醒你'
  if (department) return '每周一汇总上周的学习与组织生活情况，通过微信提醒你'
  return null
}

/**
 * 接收工作提醒 on 工作台, only for those the work template reaches: a branch
 * secretary (the monthly note when behind) and the 组织部 (the weekly digest).
 * One consent is one message, so the box offers itself again each month.
 */
export function WorkReminder({ roles, now = new Date() }: { roles: RoleGrant[]; now?: Date }) {
  const offer = offerFor(roles)
  if (!offer) return null
  return (
    <SubscribeBox
      className="ps-work-reminder"
      templateId={QUOTA_TEMPLATE_ID}
      storageKey={`ps.workReminderAsked.${shanghaiDay(now).slice(0, 7)}`}
      offer={offer}
      action="接收工作提醒"
      done="本月工作提醒已设置"
      accepted="已开启，下一条工作提醒会通过微信发给你"
    />
  )
}
