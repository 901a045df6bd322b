import { database } from '../client'
import type { NoticeUnitDoc } from '../notice-docs'
import { prefix, readAll } from '../query'

/** The counters of the units under a path that moved this notice's study time (paged reads). */
export const movedStudyTimes = (noticeId: string, path: string): Promise<NoticeUnitDoc[]> =>
  readAll<NoticeUnitDoc>('noticeUnits', { noticeId, unitPath: prefix(path), scheduleChange: database().command.neq(null) })
