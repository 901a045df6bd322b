import { readAll } from '../query'

/** The ids of a notice's (notice, unit) documents already written (a publish that died may have written some). */
export async function noticeUnitIdsOf(noticeId: string): Promise<Set<string>> {
  const docs = await readAll<{ _id: string }>('noticeUnits', { noticeId }, { _id: true })
  return new Set(docs.map((doc) => doc._id))
}
