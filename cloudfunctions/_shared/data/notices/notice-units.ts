import type { NoticeUnitDoc } from '../notice-docs'
import { readAll } from '../query'
import { insertAllOnce } from '../write'

/** The ids of a notice's (notice, unit) documents already written (a publish that died may have written some). */
async function noticeUnitIdsOf(noticeId: string): Promise<Set<string>> {
  const docs = await readAll<{ _id: string }>('noticeUnits', { noticeId }, { _id: true })
  return new Set(docs.map((doc) => doc._id))
}

/** Writes a notice's (notice, unit) documents; those an earlier attempt already wrote are skipped. */
export async function writeNoticeUnits(noticeId: string, docs: NoticeUnitDoc[]): Promise<void> {
  const existing = await noticeUnitIdsOf(noticeId)
  await insertAllOnce(
    'noticeUnits',
    docs.filter((doc) => !existing.has(doc._id))
  )
}
