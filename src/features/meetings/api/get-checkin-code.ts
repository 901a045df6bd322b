import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** The host's current check-in code (it rotates every 30 seconds) and the window's phase (`checkin.code`). */
export function getCheckinCode(payload: MeetingsActions['checkin.code']['payload']): Promise<MeetingsActions['checkin.code']['result']> {
  return callMeetings('checkin.code', payload)
}
