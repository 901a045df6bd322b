import { View } from '@tarojs/components'
import type { ApiError } from '@/api/errors'
import { Button } from '@/ui/button'
import { Empty } from '@/ui/empty'
import { Loading } from '@/ui/loading'

/** The three states every data view needs, with the same Chinese wording everywhere. */

export function LoadingView({ text = '加载中…' }: { text?: string }) {
  return (
    <View className="ps-state ps-loading">
      <Loading type="spinner" direction="vertical">
        {text}
      </Loading>
    </View>
  )
}

export function ErrorView({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <View className="ps-state ps-error">
      <View className="ps-state__text ps-error-message">{error.message}</View>
      <Button className="ps-retry" type="primary" size="small" onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}

export function EmptyView({ text }: { text: string }) {
  // Our own image: NutUI's default is hot-linked from a third-party CDN.
  return <Empty className="ps-empty" image={<View className="ps-empty__image" />} description={text} />
}
