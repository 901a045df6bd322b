import { isVisibleToOthers, moderationLabel } from '../_shared/domain/moderation/text-check'
import type { NoticeDetail, NoticeSummary, ScheduleChange } from '../_shared/contract/notices-api'
import type { NoticeDoc, NoticeMemberDoc, NoticeUnitDoc } from '../_shared/data/notice-docs'
import { firstDate } from '../_shared/domain/notices/calendar'
import { noticeTitle } from '../_shared/domain/notices/message'

/** What a member reads in place of a review comment that content security holds. */
const HELD_COMMENT = '（批阅意见审核中）'

/** How notices are shown: the stored documents mapped to the API's shapes (no reads, no rules). */

export function noticeSummary(notice: NoticeDoc): NoticeSummary {
  return {
    id: notice._id,
    title: noticeTitle(notice),
    year: notice.year,
    issueNo: notice.issueNo,
    theme: notice.theme,
    status: notice.status,
    firstDate: firstDate(notice.schedule),
    publishedAt: notice.publishedAt?.toISOString() ?? null,
    correctedAt: notice.correction?.at.toISOString() ?? null,
    withdrawnAt: notice.withdrawal?.at.toISOString() ?? null
  }
}

/** A branch's change of study time, as the department and the members see it. */
export function scheduleChangeView(unit: { unitId: string; unitName: string }, change: NonNullable<NoticeUnitDoc['scheduleChange']>): ScheduleChange {
  return {
    unitId: unit.unitId,
    unitName: unit.unitName,
    startAt: change.startAt.toISOString(),
    form: change.form,
    place: change.place,
    reportedAt: change.reportedAt.toISOString()
  }
}

/** The notice as a member reads it, with the branch's change of time (if any) and their own state. */
export function noticeDetail(notice: NoticeDoc, unit: NoticeUnitDoc, mine: NoticeMemberDoc | null, editable: boolean): NoticeDetail {
  const change = unit.scheduleChange
  return {
    id: notice._id,
    title: noticeTitle(notice),
    status: notice.status,
    publishedAt: notice.publishedAt?.toISOString() ?? null,
    correction: notice.correction ? { at: notice.correction.at.toISOString(), changed: notice.correction.changed } : null,
    year: notice.year,
    issueNo: notice.issueNo,
    compiledBy: notice.compiledBy,
    publishedOn: notice.publishedOn,
    schedule: notice.schedule,
    theme: notice.theme,
    purpose: notice.purpose,
    materials: notice.materials,
    discussion: notice.discussion,
    requirements: notice.requirements,
    answerDeadline: notice.answerDeadline?.toISOString() ?? null,
    scheduleChange: change ? scheduleChangeView(unit, change) : null,
    mine: {
      readMaterials: mine?.readMaterials ?? [],
      answers: mine?.answers ?? null,
      submittedAt: mine?.submittedAt?.toISOString() ?? null,
      // A held comment is not the member's to read until an officer releases it.
      review: mine?.review
        ? { status: mine.review.status, comment: isVisibleToOthers(mine.review.moderation) || !mine.review.comment ? mine.review.comment : HELD_COMMENT }
        : null,
      editable,
      moderation: moderationLabel(mine?.moderation)
    }
  }
}
