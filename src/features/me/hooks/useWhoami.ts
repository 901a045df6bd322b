import { useRequest } from '@/lib/use-request'
import { whoami } from '../api/whoami'

/** The caller's identity; refetches when the H5 demo user changes. */
export function useWhoami() {
  return useRequest(whoami)
}
