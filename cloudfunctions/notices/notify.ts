import { sendWithConsent as send, type Recipient } from '../_shared/messaging/send-with-consent'
import { studyMessage, type MessageKind } from '../_shared/domain/notices/message'

/** A study-notice message, within the member's consent (see _shared/messaging). */
export function sendWithConsent(
  recipient: Recipient,
  kind: MessageKind,
  content: { noticeId: string; title: string; date: string | null; note?: string }
): Promise<boolean> {
  return send(recipient, (openId) => studyMessage(kind, { openId, ...content }))
}
