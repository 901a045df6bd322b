import { resolveCaller } from '../_shared/access/caller'
import { action, defineFunction } from '../_shared/runtime/dispatch'
import { getAnswers, listChanges, progress, pushToBranch, remindBranch, reschedule, reviewAnswers } from './branch'
import { getDraft, parseNoticeInput, saveDraft } from './drafts'
import { decideHeld, listHeld } from './held'
import { listForManager } from './manage'
import { correctNotice, withdrawNotice } from './lifecycle'
import { getNotice, grantSubscription, listForMember, readMaterial, submitAnswers, viewNotice } from './member'
import { pendingReviews } from './pending-reviews'
import { publishNotice } from './publish'
import { exportRecord, getRecord } from './record'
import { schemas } from './schemas'
import { remindBeforeScheduledDay } from './timer'

/**
 * The `notices` function: validate → resolve the caller from the platform
 * OPENID → authorise in each use case → typed result. The daily reminder
 * (config.json's `remindBeforeStudyDay`) runs only on the platform's timer event.
 */
export const main = defineFunction({
  contract: 'notices',
  actions: {
    'notices.parse': action(schemas['notices.parse'], async (p) => parseNoticeInput(await resolveCaller(), p)),
    'notices.saveDraft': action(schemas['notices.saveDraft'], async (p) => saveDraft(await resolveCaller(), p)),
    'notices.getDraft': action(schemas['notices.getDraft'], async (p) => getDraft(await resolveCaller(), p.id)),
    'notices.publish': action(schemas['notices.publish'], async (p) => publishNotice(await resolveCaller(), p)),
    'notices.withdraw': action(schemas['notices.withdraw'], async (p) => withdrawNotice(await resolveCaller(), p)),
    'notices.correct': action(schemas['notices.correct'], async (p) => correctNotice(await resolveCaller(), p)),
    'notices.list': action(schemas['notices.list'], async (p) => {
      const caller = await resolveCaller()
      return p.view === 'member' ? listForMember(caller.doc, p.page, p.pageSize) : listForManager(caller, p)
    }),
    'notices.get': action(schemas['notices.get'], async (p) => getNotice((await resolveCaller()).doc, p.id)),
    'notices.view': action(schemas['notices.view'], async (p) => viewNotice((await resolveCaller()).doc, p)),
    'notices.read': action(schemas['notices.read'], async (p) => readMaterial((await resolveCaller()).doc, p)),
    'answers.submit': action(schemas['answers.submit'], async (p) => submitAnswers((await resolveCaller()).doc, p)),
    'subscriptions.grant': action(schemas['subscriptions.grant'], async (p) => grantSubscription((await resolveCaller()).doc, p)),
    'notices.push': action(schemas['notices.push'], async (p) => pushToBranch(await resolveCaller(), p)),
    'notices.reschedule': action(schemas['notices.reschedule'], async (p) => reschedule(await resolveCaller(), p)),
    'notices.changes': action(schemas['notices.changes'], async (p) => listChanges(await resolveCaller(), p.id)),
    'notices.progress': action(schemas['notices.progress'], async (p) => progress(await resolveCaller(), p)),
    'answers.get': action(schemas['answers.get'], async (p) => getAnswers(await resolveCaller(), p)),
    'reviews.pending': action(schemas['reviews.pending'], async () => pendingReviews(await resolveCaller())),
    'answers.review': action(schemas['answers.review'], async (p) => reviewAnswers(await resolveCaller(), p)),
    'notices.remind': action(schemas['notices.remind'], async (p) => remindBranch(await resolveCaller(), p)),
    'records.get': action(schemas['records.get'], async (p) => getRecord(await resolveCaller(), p)),
    'records.export': action(schemas['records.export'], async (p) => exportRecord(await resolveCaller(), p)),
    'held.list': action(schemas['held.list'], async () => listHeld(await resolveCaller())),
    'held.decide': action(schemas['held.decide'], async (p) => decideHeld(await resolveCaller(), p))
  },
  timers: { remindBeforeStudyDay: remindBeforeScheduledDay }
})
