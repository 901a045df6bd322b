import Taro from '@tarojs/taro'
import { NOTICES_FUNCTION, type NoticesActions, type SubscribeAnswer } from '@contract/notices-api'
import { callFunction } from '@/api'
import { requirePrivacyAgreement } from '@/lib/privacy'

/**
 * Subscribe-message consent, asked where the member acts (study notices,
 * meetings, the dashboard); shared so each feature asks for its own template.
 * WeChat counts consent per template: each accepted template allows one
 * message of that template only.
 *
 * The template ids are WeChat's, from party-study.config.json: the weapp build
 * injects them (config/index.ts `defineConstants`, `__PS_TEMPLATE_IDS__`, the
 * same ids the deploy builds into the functions). The H5 build for the emulator,
 * and anything run without a build, use the placeholders the emulator's
 * functions use (cloudfunctions/_shared/domain/messaging/templates.ts).
 */
type TemplateIds = Readonly<Record<'studyNotice' | 'meeting' | 'quota', string>>
declare const __PS_TEMPLATE_IDS__: TemplateIds | undefined
const PLACEHOLDERS: TemplateIds = { studyNotice: 'TEMPLATE_STUDY_NOTICE', meeting: 'TEMPLATE_MEETING', quota: 'TEMPLATE_QUOTA' }
const IDS: TemplateIds = typeof __PS_TEMPLATE_IDS__ === 'undefined' ? PLACEHOLDERS : __PS_TEMPLATE_IDS__

/** Study notices (published, 催办, reviewed, withdrawn). */
export const STUDY_TEMPLATE_ID: string = IDS.studyNotice
/** Meetings: reminders, changes, leave decisions. */
export const MEETING_TEMPLATE_ID: string = IDS.meeting
/** 组织部 / secretaries: quota reminders and the weekly digest. */
export const QUOTA_TEMPLATE_ID: string = IDS.quota

const ANSWERS: readonly SubscribeAnswer[] = ['accept', 'reject', 'ban', 'filter']

/**
 * Asks WeChat's consent for these templates (at most 3, WeChat's limit) and
 * tells the server what was accepted (`subscriptions.grant`). Must run inside
 * a tap handler (WeChat refuses it otherwise, and the product never asks
 * unprompted). Resolves with the templates accepted. On H5 there is no such
 * dialog, so the tap itself counts as consent.
 */
export async function askConsent(templateIds: readonly string[]): Promise<string[]> {
  const results: Record<string, SubscribeAnswer> = {}
  if (process.env.TARO_ENV !== 'weapp') {
    // H5: the tap is the consent, after the 隐私保护指引 (weapp: requestSubscribeMessage is no privacy API and must run in the tap itself).
    if (!(await requirePrivacyAgreement('接收订阅消息提醒'))) return []
    for (const id of templateIds) results[id] = 'accept'
  } else {
    try {
      // Resolves with one key per template id ('accept' | 'reject' | 'ban' | 'filter') and errMsg, which is not a template.
      const answer = (await Taro.requestSubscribeMessage({ tmplIds: [...templateIds], entityIds: [] })) as unknown as Record<string, unknown>
      for (const id of templateIds) {
        const value = answer[id]
        if (typeof value === 'string' && (ANSWERS as readonly string[]).includes(value)) results[id] = value as SubscribeAnswer
      }
    } catch {
      // Turned off in WeChat's settings, or a template is not configured: no consent.
    }
  }
  const accepted = templateIds.filter((id) => results[id] === 'accept')
  if (accepted.length > 0) {
    const payload: NoticesActions['subscriptions.grant']['payload'] = { results }
    await callFunction<NoticesActions['subscriptions.grant']['result']>(NOTICES_FUNCTION, { action: 'subscriptions.grant', payload })
  }
  return accepted
}
