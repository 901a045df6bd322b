import { findById } from '../read'

/** Whether a meeting may link this notice: it exists and is published. */
export async function isPublishedNotice(noticeId: string): Promise<boolean> {
  const notice = await findById<{ status: string }>('notices', noticeId)
  return notice !== null && notice.status === 'published'
}
