import { useState } from 'react'
import type { DashboardScope, DashboardView, ParticipationRow } from '@contract/dashboard-api'
import type { WorkbenchScope } from '@contract/me'
import { usePageMessageInbox } from '@/lib/page-messages'
import { useShownAgain } from '@/lib/use-shown-again'
import { defaultScope, scopeYear } from '../scope'
import { backTo, drillInto, named, startTrail, type TrailStep } from '../trail'

export type DashboardTab = 'units' | 'quotas'

/** Where 数据看板 is: the tab, the period or notice, the units drilled into, the 年度要求 year. The page lays it out. */
export interface DashboardState {
  tab: DashboardTab
  setTab: (tab: DashboardTab) => void
  scope: DashboardScope
  setScope: (scope: DashboardScope) => void
  trail: TrailStep[]
  /** The unit shown: the trail's last step. */
  unit: TrailStep
  /** The scope's year (the trend's), and 年度要求's: it follows the scope until stepped. */
  year: number
  quotaYear: number
  stepYear: (year: number) => void
  /** Bumped when the requirements were changed on the settings page, to reload 年度要求. */
  quotasRound: number
  /** Drill into a child unit; name the unit once loaded; go back to a step of the breadcrumb. */
  open: (row: ParticipationRow) => void
  loaded: (view: DashboardView) => void
  back: (index: number) => void
}

/** `known`: the unit opened first as a 工作台 scope, when it is one (then named before anything loads). */
export function useDashboard(rootId: string, known: WorkbenchScope | undefined, firstTab: DashboardTab): DashboardState {
  const [tab, setTab] = useState<DashboardTab>(firstTab)
  const [scope, setScope] = useState<DashboardScope>(() => defaultScope(new Date()))
  const [trail, setTrail] = useState(() => startTrail(rootId, known))
  const [quotasRound, setQuotasRound] = useState(0)
  const savedQuotas = usePageMessageInbox('dashboard.quotas-saved')
  useShownAgain(() => {
    if (savedQuotas.take()) setQuotasRound((n) => n + 1)
  })
  // 年度要求 moves by year only; until stepped it follows the period chosen on 参与情况.
  const [steppedYear, setSteppedYear] = useState<number | null>(null)
  const year = scopeYear(scope, new Date())
  return {
    tab,
    setTab,
    scope,
    setScope,
    trail,
    unit: trail[trail.length - 1],
    year,
    quotaYear: steppedYear ?? year,
    stepYear: setSteppedYear,
    quotasRound,
    open: (row) => setTrail((current) => drillInto(current, row)),
    loaded: (view) => setTrail((current) => named(current, view.unit)),
    back: (index) => setTrail((current) => backTo(current, index))
  }
}
