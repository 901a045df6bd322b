import type { MeetingInput } from '../_shared/contract/meetings-api'
import { CHECKIN_CLOSES_MINUTES_AFTER, CHECKIN_OPENS_MINUTES_BEFORE } from '../_shared/contract/meetings-rules'
import type { MeetingDoc } from '../_shared/data/meeting-docs'
import type { UnitDoc } from '../_shared/data/org-docs'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'

/** The stored meeting from what the secretary entered (or the rule generated); a previous version keeps its record and creation. */
export function meetingDoc(
  id: string,
  unit: UnitDoc,
  input: MeetingInput,
  host: { hostId: string; hostName: string },
  caller: Caller,
  previous: MeetingDoc | null,
  fromRule: boolean
): MeetingDoc {
  const at = now()
  return {
    _id: id,
    type: input.type,
    title: input.title,
    unitId: unit._id,
    unitName: unit.name,
    unitType: unit.type,
    unitPath: unit.path,
    startAt: new Date(input.startAt),
    endAt: new Date(input.endAt),
    place: input.place,
    form: input.form,
    agenda: input.agenda,
    materials: input.materials,
    noticeId: input.noticeId ?? null,
    ...host,
    checkinOpensMinutesBefore: input.checkinOpensMinutesBefore ?? CHECKIN_OPENS_MINUTES_BEFORE,
    checkinClosesMinutesAfter: input.checkinClosesMinutesAfter ?? CHECKIN_CLOSES_MINUTES_AFTER,
    fromRule,
    minutes: previous?.minutes ?? null,
    finalizedAt: previous?.finalizedAt ?? null,
    createdBy: previous?.createdBy ?? caller.memberId,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at
  }
}
