import { database } from '../client'
import type { NoticeDoc } from '../notice-docs'
import type { UnitDoc } from '../org-docs'
import { readAll } from '../query'

/** What the daily reminder needs of a notice. */
export type NoticeToRemind = Pick<NoticeDoc, '_id' | 'year' | 'issueNo' | 'schedule' | 'ownerPath' | 'targetUnitIds'>

/** Published notices with a study day on `day` (the first one is checked by the caller). */
export const publishedWithDay = (day: string): Promise<NoticeToRemind[]> =>
  readAll<NoticeToRemind>(
    'notices',
    { status: 'published', 'schedule.date': day },
    { _id: true, year: true, issueNo: true, schedule: true, ownerPath: true, targetUnitIds: true }
  )

/** The paths of the units a notice was published to. */
export const unitPathsOf = (unitIds: readonly string[]): Promise<Array<Pick<UnitDoc, '_id' | 'path'>>> =>
  readAll<Pick<UnitDoc, '_id' | 'path'>>('units', { _id: database().command.in([...unitIds]) }, { path: true })
