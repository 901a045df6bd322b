import { useCallback, useEffect, useRef, useState } from 'react'
import { getDemoOpenId, onDemoOpenIdChange } from '@/api/demo-identity'
import { toApiError, type ApiError } from '@/api/errors'

export interface PageOf<T> {
  items: T[]
  total: number
}

export interface PagedListState<T> {
  items: T[]
  total: number
  /** The first page is loading (show the page's loading state). */
  loading: boolean
  /** The first page failed (show the page's error state). */
  error: ApiError | undefined
  loadingMore: boolean
  /** A later page failed: the list stays, with a retry at its end. */
  moreError: ApiError | undefined
  hasMore: boolean
  loadMore: () => void
  /** Back to page 1 (after a change the list must show). */
  refresh: () => void
  /** Replaces one loaded item in place (after an action returned its new state). */
  updateItem: (isItem: (item: T) => boolean, next: T) => void
}

/**
 * A server-paged list shown as "load more": page 1 on mount, whenever `key`
 * changes (a new search) and whenever the acting demo user changes; later pages
 * are appended. Replies to an older key or user are dropped.
 */
export function usePagedList<T>(key: string, fetchPage: (page: number) => Promise<PageOf<T>>): PagedListState<T> {
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage
  const generation = useRef(0)
  const nextPage = useRef(1)

  const [identity, setIdentity] = useState(getDemoOpenId)
  const [attempt, setAttempt] = useState(0)
  const [items, setItems] = useState<T[]>([])
  const [total, setTotal] = useState(0)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiError | undefined>()
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<ApiError | undefined>()

  useEffect(() => onDemoOpenIdChange(setIdentity), [])

  useEffect(() => {
    const current = ++generation.current
    setItems([])
    setTotal(0)
    setLoading(true)
    setError(undefined)
    setLoadingMore(false)
    setMoreError(undefined)
    fetchRef.current(1).then(
      (page) => {
        if (current !== generation.current) return
        nextPage.current = 2
        setItems(page.items)
        setTotal(page.total)
        setLoading(false)
      },
      (cause: unknown) => {
        if (current !== generation.current) return
        setError(toApiError(cause))
        setLoading(false)
      }
    )
  }, [key, identity, attempt])

  const hasMore = !loading && !error && items.length < total

  const loadMore = useCallback(() => {
    if (loadingMore || !hasMore) return
    const current = generation.current
    setLoadingMore(true)
    setMoreError(undefined)
    fetchRef.current(nextPage.current).then(
      (page) => {
        if (current !== generation.current) return
        nextPage.current += 1
        setItems((loaded) => [...loaded, ...page.items])
        setTotal(page.total)
        setLoadingMore(false)
      },
      (cause: unknown) => {
        if (current !== generation.current) return
        setMoreError(toApiError(cause))
        setLoadingMore(false)
      }
    )
  }, [loadingMore, hasMore])

  const refresh = useCallback(() => setAttempt((n) => n + 1), [])
  const updateItem = useCallback((isItem: (item: T) => boolean, next: T) => {
    setItems((loaded) => loaded.map((item) => (isItem(item) ? next : item)))
  }, [])

  return { items, total, loading, error, loadingMore, moreError, hasMore, loadMore, refresh, updateItem }
}
