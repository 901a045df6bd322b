import { guardCapability } from '../_shared/access/caller'
import { loadUnit } from '../_shared/data/org/by-id'
import type { MeetingDoc } from '../_shared/data/meeting-docs'
import type { UnitDoc } from '../_shared/data/org-docs'
import { authorizeCapability } from '../_shared/domain/org/authorize'
import type { Caller } from '../_shared/domain/org/scope'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

/** Those who run the meeting: meetings.run over its unit, or its host. */
export function mayRun(caller: Caller, meeting: MeetingDoc): boolean {
  return meeting.hostId === caller.memberId || authorizeCapability(caller, 'meetings.run', [meeting.unitPath]).allowed
}

export function guardRun(caller: Caller, meeting: MeetingDoc): void {
  if (!mayRun(caller, meeting)) throw new AppFailure(AppErrorCode.FORBIDDEN, '只有会议主持人或支部书记、组织委员可以操作')
}

/** A meeting is run where it is held: the caller needs meetings.run over its unit. */
export async function runnableUnit(caller: Caller, unitId: string): Promise<UnitDoc> {
  const unit = await loadUnit(unitId)
  guardCapability(caller, 'meetings.run', [unit.path])
  return unit
}
