/**
 * The subscribe-message templates as the functions use them: the field keys
 * each message builder fills (read by calling the builders, so this cannot
 * drift from the code). Keyed like `subscribeTemplates` in
 * party-study.config.json; the ids themselves come from that file at build
 * time (template-ids.ts).
 */
import { studyMessage } from '../../cloudfunctions/_shared/domain/notices/message'
import { meetingMessage } from '../../cloudfunctions/_shared/domain/meetings/message'
import { digestMessage, quotaMessage } from '../../cloudfunctions/_shared/domain/dashboard/message'

export interface TemplateInCode {
  /** Where the messages are built, for the error message. */
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
      file: 'cloudfunctions/_shared/domain/notices/message.ts（及 src/features/notices/subscribe.ts）',
      keys: keysOf(studyMessage('published', { openId: 'o', noticeId: 'n', title: 't', date: null }))
    },
    meeting: {
      file: 'cloudfunctions/_shared/domain/meetings/message.ts',
      keys: keysOf(meetingMessage('remind', { openId: 'o', meetingId: 'm', title: 't', startAt: at, place: 'p' }))
    },
    quota: {
      file: 'cloudfunctions/_shared/domain/dashboard/message.ts',
      keys: keysOf(
        quotaMessage({ openId: 'o', unitId: 'u', unitName: 'n', missing: 'm', month: '1月' }),
        digestMessage({ openId: 'o', unitId: 'u', week: 'w', summary: 's' })
      )
    }
  }
}
