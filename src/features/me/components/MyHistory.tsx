import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { HISTORY_PAGE_SIZE_MAX, type HistoryItem, type HistoryKind } from '@contract/me'
import { ListFooter } from '@/components/ListFooter'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { usePagedList } from '@/lib/use-paged-list'
import { routes } from '@/routes'
import { myHistory } from '../api'
import { EMPTY_TEXT, HISTORY_FILTERS, historyLines } from '../history-lines'
import './me.css'

const PAGE_SIZE = Math.min(10, HISTORY_PAGE_SIZE_MAX)

/** 我的记录: my leave requests, 补学 and check-ins, latest meeting first, filtered by kind. Only ever my own. */
export function MyHistory({ memberId }: { memberId: string }) {
  const [kind, setKind] = useState<HistoryKind>('all')
  const list = usePagedList<HistoryItem>(`${memberId}:${kind}`, (page) => myHistory({ kind, page, pageSize: PAGE_SIZE }))

  return (
    <View className="ps-me-history">
      <View className="ps-me-history__title">我的记录</View>
      <View className="ps-me-history__filters">
        {HISTORY_FILTERS.map((filter) => (
          <View
            key={filter.kind}
            className={`ps-me-history__filter ps-me-history__filter--${filter.kind}${filter.kind === kind ? ' ps-me-history__filter--on' : ''}`}
            onClick={() => setKind(filter.kind)}
          >
            {filter.label}
          </View>
        ))}
      </View>
      {list.loading && <LoadingView text="正在读取我的记录…" />}
      {list.error && <ErrorView error={list.error} onRetry={list.refresh} />}
      {!list.loading && !list.error && list.items.length === 0 && <EmptyView text={EMPTY_TEXT[kind]} />}
      {list.items.map((item) => (
        <View
          key={item.meetingId}
          className="ps-me-history__item"
          onClick={() => (item.type ? void Taro.navigateTo({ url: routes.meetingDetail(item.meetingId) }) : undefined)}
        >
          <View className="ps-me-history__meeting">{item.title}</View>
          {historyLines(item).map((line) => (
            <View key={line} className="ps-me-history__line">
              {line}
            </View>
          ))}
        </View>
      ))}
      <ListFooter list={list} unit="条" />
    </View>
  )
}
