import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** Checks the caller in with the token the QR code carried: on time, late, or already (`checkin.scan`). */
export function scanCheckin(payload: MeetingsActions['checkin.scan']['payload']): Promise<MeetingsActions['checkin.scan']['result']> {
  return callMeetings('checkin.scan', payload)
}
