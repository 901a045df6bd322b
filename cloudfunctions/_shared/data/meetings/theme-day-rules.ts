import type { ThemeDayRule } from '../../contract/meetings-api'
import { database } from '../client'
import type { MeetingRuleDoc } from '../meeting-docs'
import { findById } from '../read'

/** A branch's 主题党日 rule, or null before it sets one. */
export async function loadThemeDayRule(unitId: string): Promise<ThemeDayRule | null> {
  return (await findById<MeetingRuleDoc>('meetingRules', unitId))?.rule ?? null
}

export async function saveThemeDayRule(unitId: string, rule: ThemeDayRule, at: Date, by: string): Promise<void> {
  await database().collection('meetingRules').doc(unitId).set({ rule, updatedAt: at, updatedBy: by })
}
