import type { MeetingDoc } from '../_shared/data/meeting-docs'
import { markFinalized } from '../_shared/data/attendance-writes'
import { applyOnce, clearMarkers, holdingLane } from '../_shared/data/counting'
import { meetingLane } from '../_shared/data/lanes'
import { markAbsentees } from '../_shared/data/meetings/absentees'
import { invitedPerUnit } from '../_shared/data/meetings/meeting-counters'
import { loadMeeting } from '../_shared/data/meetings/meeting-store'
import type { IncrementGroup } from '../_shared/domain/counting/counts'
import { heldIncrements } from '../_shared/domain/dashboard/held-counts'
import { openMakeup } from '../_shared/domain/meetings/makeup'
import { now } from '../_shared/runtime/clock'

/**
 * Makes attendance final once the meeting is over: everyone invited who
 * neither came nor was given leave is absent, with a 补学 task. Runs on the
 * meeting's counting lane (one finaliser at a time), in bulk writes that a
 * retry repeats harmlessly; the meeting is marked final only after every
 * invitee has a final state. Counting the absences happens on the lane in
 * batches; what one call cannot finish, the next call or the sweep does.
 */
export async function finalize(meeting: MeetingDoc): Promise<boolean> {
  if (meeting.finalizedAt) return false
  return holdingLane(
    meetingLane,
    meeting._id,
    async () => {
      const current = await loadMeeting(meeting._id)
      if (current.finalizedAt) return false
      const at = now()
      await markAbsentees(current, openMakeup(at, current.endAt))
      await countHeld(current)
      await markFinalized(current._id, at)
      await clearMarkers(heldMarker(current), await heldGroups(current))
      return true
    },
    FINALIZE_WAIT_MS
  )
}

/** Finalising waits longer for the lane than a tap would: a burst of check-ins may be counting. */
const FINALIZE_WAIT_MS = 15_000

const heldMarker = (meeting: MeetingDoc): string => `held-${meeting._id}`

/** What the held meeting adds to its units' buckets (domain/dashboard/held-counts.ts). */
async function heldGroups(meeting: MeetingDoc): Promise<IncrementGroup[]> {
  return heldIncrements(meeting, await invitedPerUnit(meeting._id))
}

async function countHeld(meeting: MeetingDoc): Promise<void> {
  await applyOnce(heldMarker(meeting), await heldGroups(meeting))
}
