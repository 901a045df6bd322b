import { DASHBOARD_PAGE } from '../../contract/dashboard-api'
import { SUBSCRIBE_TEMPLATES } from '../messaging'
/**
 * Subscribe messages of the dashboard (fields fitted to their kinds when sent:
 * _shared/domain/messaging): the monthly
 * note to a branch secretary naming what is behind, and the 组织部's weekly
 * digest. Both open the dashboard.
 */
export const QUOTA_TEMPLATE_ID = SUBSCRIBE_TEMPLATES.quota.id

export function quotaMessage(input: { openId: string; unitId: string; unitName: string; missing: string; month: string }) {
  return {
    touser: input.openId,
    template_id: QUOTA_TEMPLATE_ID,
    page: `${DASHBOARD_PAGE}?unitId=${input.unitId}&tab=quotas`,
    data: {
      thing1: { value: input.unitName },
      thing2: { value: input.missing },
      thing3: { value: `${input.month} 年度要求提醒` }
    }
  }
}

export function digestMessage(input: { openId: string; unitId: string; week: string; summary: string }) {
  return {
    touser: input.openId,
    template_id: QUOTA_TEMPLATE_ID,
    page: `${DASHBOARD_PAGE}?unitId=${input.unitId}`,
    data: { thing1: { value: `${input.week}学习教育周报` }, thing2: { value: input.summary }, thing3: { value: '详见数据看板' } }
  }
}
