import type { ReactNode } from 'react'
import { useRouter } from '@tarojs/taro'
import type { MeetingDetail } from '@contract/meetings-api'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { getMeeting } from '../api'
import { StackPage } from '@/layouts/StackPage'
import { useRequest } from '@/lib/use-request'

/**
 * The shell of the pages for those who run a meeting (签到码, 考勤与记录):
 * loads the meeting named by the `id` parameter, with loading, error and
 * "not yours" states, then renders `children` for it.
 */
export function RunnerPage({ className, deniedText, children }: { className: string; deniedText: string; children: (meeting: MeetingDetail) => ReactNode }) {
  const id = useRouter().params.id ?? ''
  const { data, error, loading, refetch } = useRequest(() => (id ? getMeeting({ id }) : Promise.resolve(null)))
  let body
  if (!id) body = <EmptyView text="没有指定会议，请从会议页进入" />
  else if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data && !data.canRun) body = <EmptyView text={deniedText} />
  else if (data) body = children(data)
  return <StackPage className={`ps-meetings-page ${className}`}>{body}</StackPage>
}
