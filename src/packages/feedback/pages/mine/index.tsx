import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { FeedbackMine } from '@/features/feedback/components/FeedbackMine'
import { StackPage } from '@/layouts/StackPage'
import { useWhoami } from '@/lib/use-whoami'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'

/** 投诉建议: write to the 组织部 or the 党总支, and see the replies. */
export default function FeedbackMinePage() {
  const { data, error, loading, refetch } = useWhoami()
  let body
  if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data && !data.member) body = <EmptyView text="请先使用邀请码加入组织" />
  else if (data?.member) body = <FeedbackMine key={data.member.id} />
  return <StackPage className="ps-feedback-page">{body}</StackPage>
}
