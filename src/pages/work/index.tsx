import type { WorkbenchScope } from '@contract/me'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { PendingLeaveCard } from '@/features/meetings/components/PendingLeaveCard'
import { HeldTexts } from '@/features/moderation/components/HeldTexts'
import { PendingReviews } from '@/features/notices/components/PendingReviews'
import { WorkPush } from '@/features/notices/components/WorkPush'
import { useWhoami } from '@/lib/use-whoami'
import { Workbench, WorkbenchJoin } from '@/features/workbench/components/Workbench'
import { WorkReminder } from '@/features/workbench/components/WorkReminder'
import { TabPage } from '@/layouts/TabPage'

/** A branch's new notices, pushable right on its card (本支部学习安排 below has the rest). */
function branchPush(scope: WorkbenchScope) {
  if (scope.unitType !== 'branch' || !scope.capabilities.includes('notices.run')) return null
  return <WorkPush unitId={scope.unitId} unitName={scope.unitName} />
}

/** Pending decisions first, for whoever runs meetings or notices somewhere: leave to decide, answers to review (批阅). */
const runs = (scopes: WorkbenchScope[], capability: 'meetings.run' | 'notices.run'): boolean => scopes.some((scope) => scope.capabilities.includes(capability))

/**
 * The 待处理 card composes each feature's pending work: leave (meetings), for who reviews answers 讨论待批阅 (notices),
 * and for every officer the texts content security holds for them to 释放 or 退回 (moderation).
 */
function pendingCard(scopes: WorkbenchScope[]) {
  const reviews = runs(scopes, 'notices.run') ? <PendingReviews /> : null
  if (!runs(scopes, 'meetings.run') && !reviews) return null
  return (
    <PendingLeaveCard>
      {reviews}
      <HeldTexts />
    </PendingLeaveCard>
  )
}

/** 工作台: pending decisions, then what the caller manages, by unit; nothing for a member without a role. */
export default function WorkPage() {
  const { data, error, loading, refetch } = useWhoami()

  return (
    <TabPage>
      {loading && <LoadingView />}
      {error && <ErrorView error={error} onRetry={refetch} />}
      {data?.member && pendingCard(data.member.workbench)}
      {data?.member && <WorkReminder roles={data.member.roles} />}
      {data && (data.member ? <Workbench scopes={data.member.workbench} scopeExtras={branchPush} /> : <WorkbenchJoin />)}
    </TabPage>
  )
}
