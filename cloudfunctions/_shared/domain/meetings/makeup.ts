import dayjs from 'dayjs'
import type { AttendanceStatus } from '../../contract/meetings-api'
import { MAKEUP_DAYS } from '../../contract/meetings-rules'
import { TZ } from '../calendar'
import { needsMakeup } from './attendance'

/** A 补学 task as stored on a member's attendance. */
export interface MakeupTask {
  dueAt: Date
  reflection: string | null
  completedAt: Date | null
}

/** 补学 is due at the end of the local day, 14 days on. */
export const makeupDue = (at: Date): Date => dayjs(at).tz(TZ).add(MAKEUP_DAYS, 'day').endOf('day').toDate()

/**
 * A member's attendance after a change of status: leave or absence opens a
 * 补学 task (once), coming after all closes an unfinished one.
 */
export function withStatus<S extends { status: AttendanceStatus; makeup: MakeupTask | null }>(state: S, status: AttendanceStatus, at: Date): S {
  let makeup = state.makeup
  if (needsMakeup(status) && !makeup) makeup = { dueAt: makeupDue(at), reflection: null, completedAt: null }
  if (!needsMakeup(status) && makeup && !makeup.completedAt) makeup = null
  return { ...state, status, makeup }
}
