import { ME_FUNCTION, type WhoamiResult, type WorkbenchScope } from '@contract/me'
import { callFunction } from '@/api'

export type { WhoamiResult, WorkbenchScope }
export type Member = NonNullable<WhoamiResult['member']>

/** Who is calling, and their party membership (null until they join a branch). */
export function whoami(): Promise<WhoamiResult> {
  return callFunction<WhoamiResult>(ME_FUNCTION, { action: 'whoami' })
}
