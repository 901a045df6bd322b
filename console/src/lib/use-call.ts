import { useCallback, useEffect, useRef, useState } from 'react'
import { toApiError, type ApiError } from '../api/errors'

export interface CallState<T> {
  data: T | null
  error: ApiError | null
  loading: boolean
  reload: () => void
}

/**
 * Runs a read when its key changes (the URL's state), keeping the loading,
 * error and data a page shows. A late answer for an earlier key is dropped.
 */
export function useCall<T>(key: string | null, run: () => Promise<T>): CallState<T> {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: ApiError | null; loading: boolean }>({
    key: null,
    data: null,
    error: null,
    loading: key !== null
  })
  const [nonce, setNonce] = useState(0)
  const runRef = useRef(run)
  runRef.current = run
  useEffect(() => {
    if (key === null) return
    let live = true
    setState((s) => ({ key, data: s.key === key ? s.data : null, error: null, loading: true }))
    runRef.current().then(
      (data) => live && setState({ key, data, error: null, loading: false }),
      (error: unknown) => live && setState({ key, data: null, error: toApiError(error), loading: false })
    )
    return () => {
      live = false
    }
  }, [key, nonce])
  const reload = useCallback(() => setNonce((n) => n + 1), [])
  return { data: state.data, error: state.error, loading: state.loading, reload }
}
