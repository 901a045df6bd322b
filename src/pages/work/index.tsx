import { ErrorView, LoadingView } from '@/components/RequestStates'
import { useWhoami } from '@/features/me/hooks/useWhoami'
import { Workbench, WorkbenchJoin } from '@/features/workbench/components/Workbench'
import { TabPage } from '@/layouts/TabPage'

/** 工作台: what the caller manages, by unit; nothing for a member without a role. */
export default function WorkPage() {
  const { data, error, loading, refetch } = useWhoami()

  return (
    <TabPage>
      {loading && <LoadingView />}
      {error && <ErrorView error={error} onRetry={refetch} />}
      {data && (data.member ? <Workbench scopes={data.member.workbench} /> : <WorkbenchJoin />)}
    </TabPage>
  )
}
