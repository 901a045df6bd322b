import type { ReactNode } from 'react'
import type { WorkbenchScope } from '@contract/me'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { useWhoami } from '@/lib/use-whoami'
import { widestDashboardScope } from '../access'

/**
 * The dashboard page's gate: the caller must hold dashboard.view somewhere.
 * The unit asked for (?unitId=, from 工作台 or a reminder) may lie below a
 * workbench scope, so it is not matched here: the server decides on every
 * call and its message is shown. Without one, the widest scope opens.
 */
export function DashboardAccess({ unitId, children }: { unitId: string; children: (unitId: string, memberId: string, scopes: WorkbenchScope[]) => ReactNode }) {
  const { data, error, loading, refetch } = useWhoami()
  if (loading) return <LoadingView />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  if (!data) return null
  if (!data.member) return <EmptyView text="请先使用邀请码加入组织" />
  const widest = widestDashboardScope(data.member.workbench)
  if (!widest) return <EmptyView text="你没有查看数据看板的职务" />
  return <>{children(unitId || widest.unitId, data.member.id, data.member.workbench)}</>
}
