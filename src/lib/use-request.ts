import { useCallback, useEffect, useRef, useState } from 'react'
import { getDemoOpenId, onDemoOpenIdChange } from '@/api/demo-identity'
import { toApiError, type ApiError } from '@/api/errors'

export interface RequestState<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  refetch: () => void
}

/**
 * Runs `fetcher` on mount, on `refetch()`, and whenever the acting demo user
 * changes (H5 dev mode), because every answer depends on who is asking.
 * A reply that arrives after a newer request started is dropped.
 */
export function useRequest<T>(fetcher: () => Promise<T>): RequestState<T> {
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const [identity, setIdentity] = useState(getDemoOpenId)
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<Omit<RequestState<T>, 'refetch'>>({
    data: undefined,
    error: undefined,
    loading: true
  })

  useEffect(() => onDemoOpenIdChange(setIdentity), [])

  useEffect(() => {
    let current = true
    // Old data belonged to another user or failed; never show it as current.
    setState({ data: undefined, error: undefined, loading: true })
    fetcherRef.current().then(
      (data) => current && setState({ data, error: undefined, loading: false }),
      (error: unknown) => current && setState({ data: undefined, error: toApiError(error), loading: false })
    )
    return () => {
      current = false
    }
  }, [identity, attempt])

  const refetch = useCallback(() => setAttempt((n) => n + 1), [])
  return { ...state, refetch }
}
