import { useEffect } from 'react'
import { useRequest } from '@/lib/use-request'
import { whoami } from './whoami'

type Listener = () => void
const listeners = new Set<Listener>()

/**
 * Tells every mounted useWhoami to ask again: after joining with an invite the
 * tab pages (which stay mounted) must not keep showing "not a member".
 */
export function invalidateWhoami(): void {
  listeners.forEach((listener) => listener())
}

/** The caller's identity; refetches when the H5 demo user changes or invalidateWhoami() is called. */
export function useWhoami() {
  const state = useRequest(whoami)
  const { refetch } = state
  useEffect(() => {
    listeners.add(refetch)
    return () => {
      listeners.delete(refetch)
    }
  }, [refetch])
  return state
}
