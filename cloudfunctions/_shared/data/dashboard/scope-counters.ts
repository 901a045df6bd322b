import type { NoticeUnitDoc } from '../notice-docs'
import { matchesPattern, readAll } from '../query'
import { findById } from '../read'
import type { UnitStatsDoc } from '../stats'

/** The counters a dashboard scope reads: a notice's per-unit counters, or a period's buckets. */
export type ScopeCollection = 'noticeUnits' | 'unitStats'
export type ScopeCounter = UnitStatsDoc & NoticeUnitDoc

/** Child units of a path, as an anchored match (an index on the path serves it). */
const childPattern = (path: string): string => '^' + path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '[^/]+/$'

/** One unit's counter document of the scope, or null while nothing reached it. */
export const scopeCounter = (collection: ScopeCollection, id: string): Promise<ScopeCounter | null> => findById<ScopeCounter>(collection, id)

/** The counter documents of the scope of every direct child of a path (paged reads). */
export const childScopeCounters = (collection: ScopeCollection, where: Record<string, string>, parentPath: string): Promise<ScopeCounter[]> =>
  readAll<ScopeCounter>(collection, { ...where, unitPath: matchesPattern(childPattern(parentPath)) })
