import dayjs from 'dayjs'
import { pathIds } from '../_shared/domain/org-path'
import type { BranchQuotas, QuotaSettings } from '../_shared/contract/dashboard-api'
import { DEFAULT_QUOTAS } from '../_shared/contract/dashboard-rules'
import { guardCapability } from '../_shared/access/caller'
import { loadUnit } from '../_shared/data/org/by-id'
import { branchesUnder, branchYearBuckets, firstActiveMonths } from '../_shared/data/dashboard/branch-years'
import { loadQuotaSettings, saveQuotaSettings } from '../_shared/data/dashboard/quota-settings'
import type { UnitDoc } from '../_shared/data/org-docs'
import { countedMonths, countFromOf, evaluateQuotas } from '../_shared/domain/dashboard/quotas'
import { TZ, localDay } from '../_shared/domain/calendar'

import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { guardDashboard } from './scope'

/** The committee's requirements, or the defaults from 003 and 001 until the 组织部 sets its own. */
export async function settingsFor(unitPath: string): Promise<QuotaSettings> {
  const committeeId = pathIds(unitPath)[0]
  const stored = await loadQuotaSettings(committeeId)
  // Settings saved before the start date existed count each branch from its own start.
  return stored ? { ...stored, countFrom: stored.countFrom ?? null } : DEFAULT_QUOTAS
}

/** Every branch under `unit` (or the branch itself) with its year's progress; those behind first. */
export async function branchQuotas(
  unit: Pick<UnitDoc, '_id' | 'name' | 'type' | 'path' | 'createdAt'>,
  year: number,
  settings: QuotaSettings
): Promise<BranchQuotas[]> {
  const branches = unit.type === 'branch' ? [unit] : await branchesUnder(unit.path)
  const [buckets, firstActive] = await Promise.all([branchYearBuckets(unit.path, year), firstActiveMonths(unit.path, year)])
  const bucketOf = new Map(buckets.map((b) => [b.unitId, b]))
  const local = dayjs(now()).tz(TZ)
  const current = { year: local.year(), month: local.month() + 1 }
  return branches
    .map((branch) => {
      const bucket = bucketOf.get(branch._id)
      // Months before the branch started using the product (or the 组织部's date) ask nothing of it.
      const start = countFromOf(localDay(branch.createdAt), settings.countFrom, firstActive.get(branch._id) ?? null)
      const months = start.countFrom ? countedMonths(year, current, start.countFrom) : []
      const items = evaluateQuotas(settings, { held: bucket?.held ?? {}, heldByMonth: bucket?.heldByMonth ?? {} }, months)
      return {
        unitId: branch._id,
        unitName: branch.name,
        year,
        countFrom: start.countFrom,
        countFromReason: start.reason,
        items,
        behind: items.filter((i) => i.behind).map((i) => i.key)
      }
    })
    .sort((a, b) => b.behind.length - a.behind.length || a.unitName.localeCompare(b.unitName, 'zh-CN'))
}

export async function quotasView(caller: Caller, payload: { unitId: string; year: number }): Promise<{ settings: QuotaSettings; branches: BranchQuotas[] }> {
  const unit = await loadUnit(payload.unitId)
  guardDashboard(caller, unit.path)
  const settings = await settingsFor(unit.path)
  return { settings, branches: await branchQuotas(unit, payload.year, settings) }
}

/** The caller's committee: the 组织部 holds its role there. */
function committeeOf(caller: Caller): { id: string; path: string } {
  const grant = caller.roles.find((r) => r.role === 'org_department')
  const path = grant?.unitPath ?? caller.unitPath
  return { id: pathIds(path)[0], path: `/${pathIds(path)[0]}/` }
}

export async function getSettings(caller: Caller): Promise<QuotaSettings> {
  return settingsFor(committeeOf(caller).path)
}

export async function setSettings(caller: Caller, settings: QuotaSettings): Promise<QuotaSettings> {
  const committee = committeeOf(caller)
  guardCapability(caller, 'quotas.manage', [committee.path])
  await saveQuotaSettings(committee.id, settings, now(), caller.memberId)
  return settings
}
