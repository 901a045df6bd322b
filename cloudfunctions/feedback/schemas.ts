import { z } from 'zod'
import {
  FEEDBACK_CONTENT_MAX,
  FEEDBACK_KINDS,
  FEEDBACK_RECIPIENTS,
  FEEDBACK_REPLY_MAX,
  type FeedbackActions,
  type FeedbackKind,
  type FeedbackRecipient
} from '../_shared/contract/feedback-api'
import type { SchemasMatch } from '../_shared/contract/schema-check'

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不超过 ${max} 字`)

/** One schema per action of the `feedback` contract; strict, so no payload names a member. */
export const schemas = {
  'feedback.targets': z.object({}).strict(),
  'feedback.send': z
    .object({
      requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
      kind: z.enum(FEEDBACK_KINDS as [FeedbackKind, ...FeedbackKind[]]),
      to: z.enum(FEEDBACK_RECIPIENTS as [FeedbackRecipient, ...FeedbackRecipient[]]),
      content: text(FEEDBACK_CONTENT_MAX),
      anonymous: z.boolean()
    })
    .strict(),
  'feedback.mine': z.object({}).strict(),
  'feedback.inbox': z.object({}).strict(),
  'feedback.reply': z
    .object({
      id: z.string().regex(/^[a-f0-9]{32}$/),
      content: text(FEEDBACK_REPLY_MAX)
    })
    .strict()
}

export const schemasMatchContract: SchemasMatch<FeedbackActions, typeof schemas> = true
