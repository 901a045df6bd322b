/**
 * The subscribe-message templates as the functions use them today: the
 * template id written in the code and the field keys each message builder
 * fills (read by calling the builders, so this cannot drift from the code).
 * Keyed like `subscribeTemplates` in party-study.config.json.
 */
import { STUDY_TEMPLATE_ID, studyMessage } from '../../cloudfunctions/_shared/domain/notices/message'
import { MEETING_TEMPLATE_ID, meetingMessage } from '../../cloudfunctions/_shared/domain/meetings/message'
import { QUOTA_TEMPLATE_ID, digestMessage, quotaMessage } from '../../cloudfunctions/_shared/domain/dashboard/message'

export interface TemplateInCode {
  /** The template id the functions send now. */
  codeId: string
  /** Where it is written, for the error message. */
  file: string
  /** Every field key some message of this template fills. */
  keys: string[]
}

type Message = { data: Record<string, { value: string }> }

const keysOf = (...messages: Message[]): string[] => [...new Set(messages.flatMap((m) => Object.keys(m.data)))].sort()

const at = new Date('2026-01-01T01:00:00Z')

export function templatesInCode(): Record<string, TemplateInCode> {
  return {
    studyNotice: {
      codeId: STUDY_TEMPLATE_ID,
      file: 'cloudfunctions/_shared/domain/notices/message.ts（及 src/features/notices/subscribe.ts）',
      keys: keysOf(studyMessage('published', { openId: 'o', noticeId: 'n', title: 't', date: null }))
    },
    meeting: {
      codeId: MEETING_TEMPLATE_ID,
      file: 'cloudfunctions/_shared/domain/meetings/message.ts',
      keys: keysOf(meetingMessage('remind', { openId: 'o', meetingId: 'm', title: 't', startAt: at, place: 'p' }))
    },
    quota: {
      codeId: QUOTA_TEMPLATE_ID,
      file: 'cloudfunctions/_shared/domain/dashboard/message.ts',
      keys: keysOf(
        quotaMessage({ openId: 'o', unitId: 'u', unitName: 'n', missing: 'm', month: '1月' }),
        digestMessage({ openId: 'o', unitId: 'u', week: 'w', summary: 's' })
      )
    }
  }
}
