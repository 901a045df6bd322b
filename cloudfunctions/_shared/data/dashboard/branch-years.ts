import type { UnitDoc } from '../org-docs'
import { prefix, readAll } from '../query'
import type { UnitStatsDoc } from '../stats'

/** Every branch under a path, with what a quota view shows of it (paged reads). */
export const branchesUnder = (path: string): Promise<UnitDoc[]> =>
  readAll<UnitDoc>('units', { path: prefix(path), type: 'branch' }, { name: true, path: true, type: true })

/** The year buckets of the branches under a path: what they held, by category and month (paged reads). */
export const branchYearBuckets = (path: string, year: number): Promise<UnitStatsDoc[]> =>
  readAll<UnitStatsDoc>('unitStats', { period: `Y${year}`, unitPath: prefix(path), unitType: 'branch' }, { unitId: true, held: true, heldByMonth: true })
