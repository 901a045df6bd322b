import { bucketId } from '../../domain/dashboard/periods'
import { findById } from '../read'
import type { UnitStatsDoc } from '../stats'

/** One unit's bucket of one period, or null while nothing reached it. */
export const unitBucket = (unitId: string, period: string): Promise<UnitStatsDoc | null> => findById<UnitStatsDoc>('unitStats', bucketId(unitId, period))
