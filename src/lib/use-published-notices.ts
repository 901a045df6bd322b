import { NOTICES_FUNCTION, type NoticeSummary, type NoticesActions } from '@contract/notices-api'
import { callFunction } from '@/api'
import { useRequest, type RequestState } from './use-request'

type NoticeList = NoticesActions['notices.list']['result']

/**
 * A unit's most recent published study notices, for features that only pick
 * one (a meeting's 集体学习, the dashboard's 按期). They call the contract
 * directly because a feature may not import the notices feature.
 */
export function usePublishedNotices(unitId: string, pageSize: number): RequestState<NoticeList> & { published: NoticeSummary[] } {
  const payload: NoticesActions['notices.list']['payload'] = { view: 'manage', unitId, page: 1, pageSize }
  const state = useRequest(() => callFunction<NoticeList>(NOTICES_FUNCTION, { action: 'notices.list', payload }))
  const published = (state.data?.items ?? []).filter((notice) => notice.status === 'published')
  return { ...state, published }
}
