import { z } from 'zod'
import { HISTORY_KINDS, HISTORY_PAGE_SIZE_MAX, type HistoryKind, type MeActions } from '../_shared/contract/me'
import type { SchemasMatch } from '../_shared/contract/schema-check'

/** One schema per action of the `me` contract; strict, so a payload naming a member is refused, not ignored. */
export const schemas = {
  whoami: z.object({}).strict(),
  history: z
    .object({
      kind: z.enum(HISTORY_KINDS as [HistoryKind, ...HistoryKind[]]),
      page: z.number().int().min(1).max(1000),
      pageSize: z.number().int().min(1).max(HISTORY_PAGE_SIZE_MAX)
    })
    .strict(),
  data: z.object({}).strict(),
  export: z.object({}).strict()
}

export const schemasMatchContract: SchemasMatch<MeActions, typeof schemas> = true
