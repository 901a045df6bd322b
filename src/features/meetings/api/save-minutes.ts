import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** Saves the minutes; once the meeting has ended this also makes attendance final (`minutes.save`). */
export function saveMinutes(payload: MeetingsActions['minutes.save']['payload']): Promise<MeetingsActions['minutes.save']['result']> {
  return callMeetings('minutes.save', payload)
}
