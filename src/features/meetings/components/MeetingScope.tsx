import type { ReactNode } from 'react'
import type { WorkbenchScope } from '@contract/me'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { useWhoami } from '@/lib/use-whoami'

/**
 * The pages that act on a unit (组织生活, the rule, a new meeting): the
 * caller's 工作台 scope there when it carries meetings.run, otherwise why not.
 * The server checks again on every call; this only avoids a page of errors.
 */
export function MeetingScope({ unitId, children }: { unitId: string; children: (scope: WorkbenchScope, memberId: string) => ReactNode }) {
  const { data, error, loading, refetch } = useWhoami()
  if (!unitId) return <EmptyView text="没有指定组织，请从工作台进入" />
  if (loading) return <LoadingView />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  if (!data) return null
  if (!data.member) return <EmptyView text="请先使用邀请码加入组织" />
  const scope = data.member.workbench.find((candidate) => candidate.unitId === unitId)
  if (!scope?.capabilities.includes('meetings.run')) return <EmptyView text="你无权管理该组织的组织生活" />
  return <>{children(scope, data.member.id)}</>
}
