/**
 * How a study notice is named wherever it appears: the notices pages, the
 * 工作台 push card and the dashboard's 按期 chips. Shared naming lives here so
 * no feature has to reach into another feature's formatting.
 */

/** Same words as the server's noticeTitle (the contract's NoticeDetail carries no title). */
export function noticeTitle(notice: { year: number; issueNo: number }): string {
  return `党员学习教育安排 ${notice.year}年第${notice.issueNo}期`
}

/** "2026年第9期": a notice's issue, short, for cards. */
export function issueLabel(notice: { year: number; issueNo: number }): string {
  return `${notice.year}年第${notice.issueNo}期`
}
