import { View } from '@tarojs/components'
import type { PagedListState } from '@/lib/use-paged-list'
// Every list page loads RequestStates' NutUI parts (Button, Empty, Loading) too:
// load them before this file's CSS, so every page orders the CSS the same way
// (no mini-css-extract "Conflicting order"), as src/ui/dialog.ts does.
import '@/ui/button'
import '@/ui/empty'
import '@/ui/loading'
import './ListFooter.css'

/** The end of a paged list: load more (with what is shown so far), a retry, or "all shown". */
export function ListFooter<T>({ list, unit }: { list: PagedListState<T>; unit: string }) {
  if (list.loading || list.error || list.items.length === 0) return null
  return (
    <View className="ps-list-end">
      {list.moreError ? (
        <View className="ps-load-more ps-load-more--error" onClick={list.loadMore}>
          {list.moreError.message}，点击重试
        </View>
      ) : list.hasMore ? (
        <View className="ps-load-more" onClick={list.loadMore}>
          {list.loadingMore ? '加载中…' : `加载更多（已显示 ${list.items.length} / ${list.total}）`}
        </View>
      ) : (
        <View className="ps-list-end__text">
          已显示全部 {list.total} {unit}
        </View>
      )}
    </View>
  )
}
