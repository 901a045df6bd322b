import { z } from 'zod'
import type { NoticesActions } from '../_shared/contract/notices-api'
import { isCalendarDay } from '../_shared/domain/calendar'
import { keysOfTemplate } from '../_shared/domain/messaging/templates'
import type { SchemasMatch } from '../_shared/contract/schema-check'

/** Payload schemas of every notices action; the contract gives the types, these check the wire. */
const id = z.string().trim().min(1, '不能为空').max(80, '过长')
const text = (max: number) => z.string().trim().max(max, `不超过 ${max} 字`)
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isCalendarDay, '不是有效的日期')

/** An answer is a few paragraphs; a file pasted in by mistake is refused, not stored. */
export const MAX_ANSWER_CHARS = 3000

const draft = z
  .object({
    year: z.number().int().min(2000).max(2100),
    issueNo: z.number().int().min(1).max(100),
    compiledBy: text(40).min(1, '请填写编发单位'),
    publishedOn: isoDate,
    schedule: z
      .array(
        z.object({
          week: z.number().int().min(1).max(60).nullable(),
          date: isoDate.nullable(),
          weekday: z.number().int().min(1).max(7).nullable(),
          organizers: z.array(text(40)).max(10)
        })
      )
      .min(1, '至少一行时间安排')
      .max(20),
    theme: text(200).min(1, '请填写学习主题'),
    purpose: text(2000),
    materials: z
      .array(
        z.object({
          title: text(300).min(1),
          url: z.string().url().max(500).nullable(),
          page: z.number().int().min(1).max(9999).nullable(),
          note: text(40).nullable(),
          fullText: z.string().max(100_000).nullable()
        })
      )
      .max(50),
    discussion: z.array(text(500).min(1)).min(1, '至少一个讨论题').max(10),
    requirements: z.array(text(1000).min(1)).max(20),
    answerDeadline: z.string().datetime().nullable()
  })
  .strict()

export const schemas = {
  'notices.parse': z
    .object({ text: z.string().max(300_000, '文本过长').optional(), docxBase64: z.string().max(8_000_000, '文件过大').optional() })
    .strict()
    .refine((p) => Boolean(p.text) !== Boolean(p.docxBase64), '请粘贴文本或上传文件（二选一）'),
  'notices.saveDraft': z.object({ id: id.optional(), draft }).strict(),
  'notices.getDraft': z.object({ id }).strict(),
  'notices.publish': z.object({ id, unitIds: z.array(id).min(1).max(50).optional(), allowPast: z.boolean().optional() }).strict(),
  'notices.withdraw': z.object({ id, reason: text(200).min(2, '请写明撤回原因') }).strict(),
  'notices.correct': z
    .object({
      id,
      correction: z
        .object({
          theme: text(200).min(1, '请填写学习主题'),
          materials: z.array(z.object({ title: text(300).min(1, '材料标题不能为空'), fullText: z.string().max(100_000).nullable() }).strict()).max(50),
          discussion: z.array(text(500).min(1, '讨论题不能为空')).min(1).max(10)
        })
        .strict()
    })
    .strict(),
  'notices.list': z
    .object({
      view: z.enum(['member', 'manage']),
      unitId: id.optional(),
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(50).default(20)
    })
    .strict(),
  'notices.get': z.object({ id }).strict(),
  'notices.view': z.object({ id }).strict(),
  'notices.read': z.object({ id, materialIndex: z.number().int().min(0).max(49) }).strict(),
  'answers.submit': z
    .object({
      id,
      answers: z
        .array(z.string().trim().min(1, '请填写回答').max(MAX_ANSWER_CHARS, `每题不超过 ${MAX_ANSWER_CHARS} 字`))
        .min(1)
        .max(10)
    })
    .strict(),
  'subscriptions.grant': z
    .object({
      results: z
        .record(z.string().min(1).max(64), z.enum(['accept', 'reject', 'ban', 'filter']))
        .refine((results) => Object.keys(results).length <= 3, '一次最多 3 个模板')
        .refine((results) => Object.keys(results).every((templateId) => keysOfTemplate(templateId) !== null), '未知的订阅消息模板')
    })
    .strict(),
  'notices.push': z.object({ id, unitId: id }).strict(),
  'notices.reschedule': z
    .object({
      id,
      unitId: id,
      startAt: z.string().datetime({ message: '时间格式不正确' }),
      form: text(40).min(2, '请填写活动方式'),
      place: text(80).min(2, '请填写活动地点')
    })
    .strict(),
  'notices.changes': z.object({ id }).strict(),
  'notices.progress': z.object({ id, unitId: id }).strict(),
  'answers.get': z.object({ id, memberId: id }).strict(),
  'reviews.pending': z.object({}).strict(),
  'answers.review': z
    .object({ id, memberId: id, status: z.enum(['accepted', 'returned']), comment: text(300).optional() })
    .strict()
    .refine((p) => p.status !== 'returned' || Boolean(p.comment), '退回修改请填写意见'),
  'notices.remind': z.object({ id, unitId: id }).strict(),
  'records.get': z.object({ id, unitId: id }).strict(),
  'records.export': z.object({ id, unitId: id, format: z.enum(['docx', 'xlsx']).optional() }).strict(),
  'held.list': z.object({}).strict(),
  'held.decide': z.object({ id: z.string().min(1).max(200), decision: z.enum(['release', 'return']) }).strict()
}

/** Fails to compile, naming the actions, when a schema and the contract's payload type drift apart. */
export const schemasMatchContract: SchemasMatch<NoticesActions, typeof schemas> = true
