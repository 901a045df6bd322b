import { database } from '../client'
import type { NoticeDoc } from '../notice-docs'

/** Writes a draft whole (saving twice edits one draft: the id comes from the issue number). */
export async function saveDraftDoc(notice: NoticeDoc): Promise<void> {
  const { _id, ...fields } = notice // set() takes the id from doc(), never from the data
  await database().collection('notices').doc(_id).set(fields)
}
