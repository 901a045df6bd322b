import type { ReactNode } from 'react'
import { Button, Loading } from 'tdesign-react'
import type { ApiError } from '../api/errors'

/** The one loading / error / empty presentation of every page and panel. */
export function StatusView(props: {
  loading: boolean
  error: ApiError | null
  empty?: boolean
  emptyText?: string
  onRetry?: () => void
  children: ReactNode
}) {
  if (props.error) {
    return (
      <div className="status-view status-error" role="alert">
        <p>{props.error.message}</p>
        {props.onRetry ? (
          <Button variant="outline" onClick={props.onRetry}>
            重试
          </Button>
        ) : null}
      </div>
    )
  }
  if (props.loading) {
    return (
      <div className="status-view" aria-busy="true">
        <Loading text="加载中…" size="small" />
      </div>
    )
  }
  if (props.empty) return <div className="status-view status-empty">{props.emptyText ?? '暂无数据'}</div>
  return <>{props.children}</>
}
