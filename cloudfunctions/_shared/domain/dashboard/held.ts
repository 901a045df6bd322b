import type { MeetingType } from '../../contract/meetings-api'

/**
 * What a held meeting counts toward: its own type, and a 集体学习 on a study
 * notice (whose discussion questions it takes up) is also a 专题研讨.
 */
export type HeldCategory = MeetingType | 'thematic_discussion'

export function heldCategories(meeting: { type: MeetingType; noticeId: string | null }): HeldCategory[] {
  return meeting.type === 'collective_study' && meeting.noticeId ? ['collective_study', 'thematic_discussion'] : [meeting.type]
}
