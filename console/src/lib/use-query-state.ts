import { useCallback } from 'react'
import { useSearchParams } from 'react-router-dom'

/**
 * Page state kept in the URL's query (unit, period, tab, page…), so Back,
 * refresh and a pasted link land in the same place. `set` pushes a history
 * entry (Back returns) unless `replace` is asked for (typing, defaults).
 */
export function useQueryState<K extends string>(
  defaults: Record<K, string>
): [Record<K, string>, (patch: Partial<Record<K, string | null>>, replace?: boolean) => void] {
  const [params, setParams] = useSearchParams()
  const values = {} as Record<K, string>
  for (const key of Object.keys(defaults) as K[]) values[key] = params.get(key) ?? defaults[key]
  const set = useCallback(
    (patch: Partial<Record<K, string | null>>, replace = false) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(patch) as Array<[string, string | null | undefined]>) {
            if (value === null || value === undefined || value === '') next.delete(key)
            else next.set(key, value)
          }
          return next
        },
        { replace }
      )
    },
    [setParams]
  )
  return [values, set]
}
