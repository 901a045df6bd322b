import type { UnitDoc } from '../org-docs'
import { readAll } from '../query'

/** Every 党委 with what a quota run needs (paged reads). */
export const committees = (): Promise<UnitDoc[]> => readAll<UnitDoc>('units', { type: 'committee' }, { name: true, path: true, type: true })

/** Every branch with its path (paged reads). */
export const branches = (): Promise<UnitDoc[]> => readAll<UnitDoc>('units', { type: 'branch' }, { path: true })
