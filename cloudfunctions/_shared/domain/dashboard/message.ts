/**
 * Subscribe messages of the dashboard (thing ≤ 20 characters): the monthly
 * note to a branch secretary naming what is behind, and the 组织部's weekly
 * digest. Both open the dashboard.
 */
export const QUOTA_TEMPLATE_ID = 'TEMPLATE_QUOTA'
export const DASHBOARD_PAGE = 'packages/dashboard/pages/index/index'

const clip = (text: string, max: number): string => ([...text].length <= max ? text : [...text].slice(0, max - 1).join('') + '…')

export function quotaMessage(input: { openId: string; unitId: string; unitName: string; missing: string; month: string }) {
  return {
    touser: input.openId,
    template_id: QUOTA_TEMPLATE_ID,
    page: `${DASHBOARD_PAGE}?unitId=${input.unitId}&tab=quotas`,
    data: {
      thing1: { value: clip(input.unitName, 20) },
      thing2: { value: clip(input.missing, 20) },
      thing3: { value: clip(`${input.month} 年度要求提醒`, 20) }
    }
  }
}

export function digestMessage(input: { openId: string; unitId: string; week: string; summary: string }) {
  return {
    touser: input.openId,
    template_id: QUOTA_TEMPLATE_ID,
    page: `${DASHBOARD_PAGE}?unitId=${input.unitId}`,
    data: { thing1: { value: clip(`${input.week}学习教育周报`, 20) }, thing2: { value: clip(input.summary, 20) }, thing3: { value: '详见数据看板' } }
  }
}
