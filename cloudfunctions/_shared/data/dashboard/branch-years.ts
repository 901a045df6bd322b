import { database } from '../client'
import type { UnitDoc } from '../org-docs'
import { prefix, readAll } from '../query'
import type { UnitStatsDoc } from '../stats'

/** Every branch under a path, with what a quota view shows of it (paged reads). */
export const branchesUnder = (path: string): Promise<UnitDoc[]> =>
  readAll<UnitDoc>('units', { path: prefix(path), type: 'branch' }, { name: true, path: true, type: true, createdAt: true })

/** The year buckets of the branches under a path: what they held, by category and month (paged reads). */
export const branchYearBuckets = (path: string, year: number): Promise<UnitStatsDoc[]> =>
  readAll<UnitStatsDoc>('unitStats', { period: `Y${year}`, unitPath: prefix(path), unitType: 'branch' }, { unitId: true, held: true, heldByMonth: true })

/**
 * The first month (YYYY-MM) each branch under a path had anything counted,
 * looking only at `year` and the year before (older activity means a full
 * year: reported as the December before that). Paged reads of at most 13
 * small documents per branch.
 */
export async function firstActiveMonths(path: string, year: number): Promise<Map<string, string>> {
  const periods = [`Y${year - 1}`, ...Array.from({ length: 12 }, (_, i) => `M${year}-${String(i + 1).padStart(2, '0')}`)]
  const docs = await readAll<Pick<UnitStatsDoc, 'unitId' | 'period'>>(
    'unitStats',
    { period: database().command.in(periods), unitPath: prefix(path), unitType: 'branch' },
    { unitId: true, period: true }
  )
  const first = new Map<string, string>()
  for (const doc of docs) {
    const month = doc.period.startsWith('Y') ? `${year - 2}-12` : doc.period.slice(1)
    const known = first.get(doc.unitId)
    if (!known || month < known) first.set(doc.unitId, month)
  }
  return first
}
