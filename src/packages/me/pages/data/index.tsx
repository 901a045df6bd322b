import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { MyData } from '@/features/me/components/MyData'
import { StackPage } from '@/layouts/StackPage'
import { useWhoami } from '@/lib/use-whoami'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'

/** 我的数据: everything stored about me, with its export. */
export default function MyDataPage() {
  const { data, error, loading, refetch } = useWhoami()
  let body
  if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data && !data.member) body = <EmptyView text="你还未加入党组织，系统没有保存你的党员信息" />
  else if (data?.member) body = <MyData key={data.member.id} />
  return <StackPage className="ps-my-data-page">{body}</StackPage>
}
