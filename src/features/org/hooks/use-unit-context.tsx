import type { ReactNode } from 'react'
import { useRouter } from '@tarojs/taro'
import type { Capability, UnitView } from '@contract/org'
import type { WhoamiMember } from '@contract/me'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { capabilitiesAt } from '../rules'
import { useOrgContext } from './use-org-context'

/** The unit an org page is about (`?unitId=`), with the caller and the part of the tree they can see. */
export interface UnitContext {
  unit: UnitView
  me: WhoamiMember
  units: UnitView[]
}

/**
 * What every org page about one unit needs first: its UnitContext, once the
 * caller's capabilities there are `allowed`. Until then, or instead, a
 * `fallback` to show: no unit named, loading, an error to retry, not a
 * member, no such unit, or `deniedText`.
 */
export function useUnitContext(allowed: (capabilities: Set<Capability>) => boolean, deniedText: string): UnitContext | { fallback: ReactNode } {
  const unitId = useRouter().params.unitId ?? ''
  const { data, error, loading, refetch } = useOrgContext()
  if (!unitId) return { fallback: <EmptyView text="没有指定组织，请从工作台进入" /> }
  if (loading) return { fallback: <LoadingView /> }
  if (error) return { fallback: <ErrorView error={error} onRetry={refetch} /> }
  if (!data) return { fallback: null }
  if (!data.me) return { fallback: <EmptyView text="请先使用邀请码加入组织" /> }
  const unit = data.units.find((candidate) => candidate.id === unitId)
  if (!unit) return { fallback: <EmptyView text="找不到该组织，或你无权查看" /> }
  if (!allowed(capabilitiesAt(data.me.workbench, unit))) return { fallback: <EmptyView text={deniedText} /> }
  return { unit, me: data.me, units: data.units }
}
