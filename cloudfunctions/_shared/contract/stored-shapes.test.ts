import type { MeetingDoc, MeetingMemberDoc } from '../data/meeting-docs'
import type { NoticeMemberDoc, NoticeUnitDoc } from '../data/notice-docs'
import type { LeaveRequestOf, MakeupOf, MinutesOf } from './meetings-api'
import type { AnswerReview, ScheduleMoveOf } from './notices-api'
import type { Exact } from './schema-check'

/**
 * Proved by `tsc --noEmit`: the stored documents still have the contract's
 * base shapes with Date instants, so the wire views derived from those bases
 * cannot drift from what is stored. (Until the document types are written
 * from the bases themselves, this is what ties the two.)
 */
type Stored<T> = NonNullable<T>

export const leaveAgrees: Exact<Omit<Stored<MeetingMemberDoc['leave']>, 'decidedBy'>, LeaveRequestOf<Date>> = true
export const makeupAgrees: Exact<Stored<MeetingMemberDoc['makeup']>, MakeupOf<Date>> = true
export const minutesAgree: Exact<Stored<MeetingDoc['minutes']>, MinutesOf<Date>> = true
export const scheduleMoveAgrees: Exact<Omit<Stored<NoticeUnitDoc['scheduleChange']>, 'reportedBy'>, ScheduleMoveOf<Date>> = true
export const reviewAgrees: Exact<Omit<Stored<NoticeMemberDoc['review']>, 'by' | 'at' | 'moderation'>, AnswerReview> = true
// @ts-expect-error the check tells a stored instant from a wire one
export const instantsDiffer: Exact<MakeupOf<Date>, MakeupOf<string>> = true

describe('stored shapes', () => {
  it('match the contract bases (compile time)', () => {
    expect([leaveAgrees, makeupAgrees, minutesAgree, scheduleMoveAgrees, reviewAgrees].every(Boolean)).toBe(true)
  })
})
