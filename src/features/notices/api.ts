import { NOTICES_FUNCTION, type NoticesAction, type NoticesActions } from '@contract/notices-api'
import { callFunction } from '@/api'

/**
 * Every client call to study notices (`notices` function), one typed function per action,
 * in one module so a feature's server surface reads at a glance.
 */

/** One call to the `notices` function, typed end to end by the contract's action table. */
export function callNotices<A extends NoticesAction>(action: A, payload: NoticesActions[A]['payload']): Promise<NoticesActions[A]['result']> {
  return callFunction<NoticesActions[A]['result']>(NOTICES_FUNCTION, { action, payload })
}

/** The branch's 学习教育记录 as the exports show it: the linked meetings' facts, or what is not recorded (`records.get`). */
export function getRecord(payload: NoticesActions['records.get']['payload']): Promise<NoticesActions['records.get']['result']> {
  return callNotices('records.get', payload)
}

/** The branch's 学习教育记录 as a .docx (or .xlsx), generated from what was recorded (`records.export`). */
export function exportRecord(payload: NoticesActions['records.export']['payload']): Promise<NoticesActions['records.export']['result']> {
  return callNotices('records.export', payload)
}

/** One member's submitted answers, for the secretary to review (`answers.get`). */
export function getAnswers(payload: NoticesActions['answers.get']['payload']): Promise<NoticesActions['answers.get']['result']> {
  return callNotices('answers.get', payload)
}

/** A saved draft, reopened by the 组织部 to keep editing it (`notices.getDraft`). */
export function getDraft(payload: NoticesActions['notices.getDraft']['payload']): Promise<NoticesActions['notices.getDraft']['result']> {
  return callNotices('notices.getDraft', payload)
}

/** A published notice as the caller's branch sees it, with the caller's own answers (`notices.get`). */
export function getNotice(payload: NoticesActions['notices.get']['payload']): Promise<NoticesActions['notices.get']['result']> {
  return callNotices('notices.get', payload)
}

/** A branch's counters and its members, alphabetically, with read/answered/review (`notices.progress`). */
export function getProgress(payload: NoticesActions['notices.progress']['payload']): Promise<NoticesActions['notices.progress']['result']> {
  return callNotices('notices.progress', payload)
}

/** Records how many study-reminder messages the member just accepted (only ever after a tap) (`subscriptions.grant`). */
export function grantSubscription(payload: NoticesActions['subscriptions.grant']['payload']): Promise<NoticesActions['subscriptions.grant']['result']> {
  return callNotices('subscriptions.grant', payload)
}

/** The time changes branches reported for one notice (`notices.changes`). */
export function listChanges(payload: NoticesActions['notices.changes']['payload']): Promise<NoticesActions['notices.changes']['result']> {
  return callNotices('notices.changes', payload)
}

/** One page of notices: a member's own (with their read/answered state) or a unit's (with completion counters) (`notices.list`). */
export function listNotices(payload: NoticesActions['notices.list']['payload']): Promise<NoticesActions['notices.list']['result']> {
  return callNotices('notices.list', payload)
}

/** Reads pasted text or a .docx into every section of a notice, with warnings; nothing is saved (`notices.parse`). */
export function parseNotice(payload: NoticesActions['notices.parse']['payload']): Promise<NoticesActions['notices.parse']['result']> {
  return callNotices('notices.parse', payload)
}

/** Publishes a saved draft to the department's whole tree (or the chosen units) (`notices.publish`). */
export function publishNotice(payload: NoticesActions['notices.publish']['payload']): Promise<NoticesActions['notices.publish']['result']> {
  return callNotices('notices.publish', payload)
}

/** Sends the notice to the branch's members who allowed a reminder, once each (`notices.push`). */
export function pushNotice(payload: NoticesActions['notices.push']['payload']): Promise<NoticesActions['notices.push']['result']> {
  return callNotices('notices.push', payload)
}

/** The read receipt: a tap on a material; a repeat counts once (`notices.read`). */
export function readMaterial(payload: NoticesActions['notices.read']['payload']): Promise<NoticesActions['notices.read']['result']> {
  return callNotices('notices.read', payload)
}

/** 一键催办: reminds only the branch's members who have not answered, once a day (`notices.remind`). */
export function remindBranch(payload: NoticesActions['notices.remind']['payload']): Promise<NoticesActions['notices.remind']['result']> {
  return callNotices('notices.remind', payload)
}

/** Reports the branch's changed time, form and place to the department (at least 12 hours ahead) (`notices.reschedule`). */
export function reschedule(payload: NoticesActions['notices.reschedule']['payload']): Promise<NoticesActions['notices.reschedule']['result']> {
  return callNotices('notices.reschedule', payload)
}

/** 已阅 or 退回修改 (with a comment) on a member's answers (`answers.review`). */
export function reviewAnswers(payload: NoticesActions['answers.review']['payload']): Promise<NoticesActions['answers.review']['result']> {
  return callNotices('answers.review', payload)
}

/** Saves the corrected notice as a draft (saving the same issue again edits that draft) (`notices.saveDraft`). */
export function saveDraft(payload: NoticesActions['notices.saveDraft']['payload']): Promise<NoticesActions['notices.saveDraft']['result']> {
  return callNotices('notices.saveDraft', payload)
}

/** Submits (or, before the deadline, resubmits) the answers to every discussion question (`answers.submit`). */
export function submitAnswers(payload: NoticesActions['answers.submit']['payload']): Promise<NoticesActions['answers.submit']['result']> {
  return callNotices('answers.submit', payload)
}

/** 已查看: the member opened the notice (recorded once) (`notices.view`). */
export function viewNotice(payload: NoticesActions['notices.view']['payload']): Promise<NoticesActions['notices.view']['result']> {
  return callNotices('notices.view', payload)
}

/** 撤回 by the 组织部, until the study day (`notices.withdraw`). */
export function withdrawNotice(payload: NoticesActions['notices.withdraw']['payload']): Promise<NoticesActions['notices.withdraw']['result']> {
  return callNotices('notices.withdraw', payload)
}

/** 更正 of typos, keeping answers (`notices.correct`). */
export function correctNotice(payload: NoticesActions['notices.correct']['payload']): Promise<NoticesActions['notices.correct']['result']> {
  return callNotices('notices.correct', payload)
}

/** 讨论待批阅 for the 工作台: recent notices with submitted answers still to review, per branch (`reviews.pending`). */
export function listPendingReviews(): Promise<NoticesActions['reviews.pending']['result']> {
  return callNotices('reviews.pending', {})
}
