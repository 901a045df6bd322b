import { ME_FUNCTION, type WhoamiResult, type WorkbenchScope } from '@contract/me'
import { callFunction } from '@/api'

export type { WhoamiResult, WorkbenchScope }
export type Member = NonNullable<WhoamiResult['member']>

/**
 * Who is calling, and their party membership (null until they join a branch).
 * In src/lib rather than features/me: every feature and tab page decides what
 * to show from it.
 */
export function whoami(): Promise<WhoamiResult> {
  return callFunction<WhoamiResult>(ME_FUNCTION, { action: 'whoami' })
}
