import { guardCapability } from '../_shared/access/caller'
import type { DashboardScope } from '../_shared/contract/dashboard-api'
import { managedScopes } from '../_shared/domain/org/authorize'
import type { Caller } from '../_shared/domain/org/scope'
import { periodKeys, periodLabel, type PeriodKeys } from '../_shared/domain/dashboard/periods'
import { TZ } from '../_shared/domain/calendar'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import dayjs from 'dayjs'

/** The caller's widest unit with the dashboard (组织部: the 党委; 党总支书记: the 党总支; 支部书记: the branch). */
export function defaultUnitId(caller: Caller): string {
  const scopes = managedScopes(caller).filter((s) => s.capabilities.includes('dashboard.view'))
  if (scopes.length === 0) throw new AppFailure(AppErrorCode.FORBIDDEN, '你没有查看数据看板的职务')
  return scopes.sort((a, b) => a.unitPath.length - b.unitPath.length)[0].unitId
}

export function guardDashboard(caller: Caller, unitPath: string): void {
  guardCapability(caller, 'dashboard.view', [unitPath])
}

/** The period keys of a scope's day (the bucket to read is `keys[period]`). */
export function keysOf(scope: { day: string }): PeriodKeys {
  return periodKeys(dayjs.tz(`${scope.day} 12:00`, 'YYYY-MM-DD HH:mm', TZ).toDate())
}

export function scopeLabel(scope: DashboardScope): string {
  if ('noticeId' in scope) {
    const match = /^n-(\d{4})-(\d+)$/.exec(scope.noticeId)
    return match ? `学习教育安排 ${match[1]}年第${match[2]}期` : scope.noticeId
  }
  return periodLabel(keysOf(scope)[scope.period])
}
