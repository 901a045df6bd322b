import { z } from 'zod'
import type { MeetingsActions } from '../_shared/contract/meetings-api'
import type { SchemasMatch } from '../_shared/contract/schema-check'
import type { MeetingForm, MeetingType } from '../_shared/contract/meetings-api'
import {
  MAKEUP_MAX_CHARS,
  MAKEUP_MIN_CHARS,
  MANUAL_REASONS,
  MEETING_FORMS,
  MEETING_TYPES,
  OTHER_REASON,
  REASON_TEXT_MAX,
  REASON_TEXT_MIN
} from '../_shared/contract/meetings-rules'

/** Payload schemas of every meetings action; the contract gives the types, these check the wire. */
const id = z.string().trim().min(1, '不能为空').max(120, '过长')
const text = (max: number) => z.string().trim().max(max, `不超过 ${max} 字`)
const instant = z.string().datetime({ offset: true, message: '时间格式不正确' })
const form = z.enum(MEETING_FORMS as [MeetingForm, ...MeetingForm[]], { message: '请选择线下、线上或线上线下' })

const meeting = z
  .object({
    type: z.enum(MEETING_TYPES as [MeetingType, ...MeetingType[]], { message: '请选择会议类型' }),
    title: text(60).min(2, '请填写会议名称'),
    startAt: instant,
    endAt: instant,
    place: text(80).min(2, '请填写地点'),
    form,
    agenda: z.array(text(200).min(1)).max(20, '议程不超过 20 项'),
    hostId: id.nullable().optional(),
    noticeId: id.nullable().optional(),
    materials: z.array(text(300).min(1)).max(30, '学习材料不超过 30 项'),
    checkinOpensMinutesBefore: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .optional(),
    checkinClosesMinutesAfter: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .optional()
  })
  .strict()
  .refine((m) => Date.parse(m.endAt) > Date.parse(m.startAt), { message: '结束时间应晚于开始时间', path: ['endAt'] })
  .refine((m) => Date.parse(m.endAt) - Date.parse(m.startAt) <= 24 * 3_600_000, { message: '一次会议不超过 24 小时', path: ['endAt'] })

const rule = z
  .object({
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
    // Literals, not a number cast after a range check, so the schema accepts exactly ThemeDayRule['weekday'].
    weekday: z.literal([1, 2, 3, 4, 5, 6, 7], { error: '请选择星期' }),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm'),
    durationMinutes: z
      .number()
      .int()
      .min(15, '至少 15 分钟')
      .max(8 * 60, '不超过 8 小时'),
    place: text(80).min(2, '请填写地点'),
    form
  })
  .strict()

export const schemas = {
  'rule.get': z.object({ unitId: id }).strict(),
  'rule.set': z.object({ unitId: id, rule }).strict(),
  'meetings.create': z.object({ unitId: id, meeting }).strict(),
  'meetings.update': z.object({ id, meeting }).strict(),
  'meetings.list': z
    .object({
      view: z.enum(['member', 'manage']),
      unitId: id.optional(),
      past: z.boolean().optional(),
      type: z.enum(MEETING_TYPES as [MeetingType, ...MeetingType[]], { message: '会议类型无效' }).optional(),
      page: z.number().int().min(1).max(1000).default(1),
      pageSize: z.number().int().min(1).max(50).default(20)
    })
    .strict(),
  'meetings.get': z.object({ id }).strict(),
  'checkin.code': z.object({ id }).strict(),
  'checkin.resolve': z.object({ scene: z.string().trim().min(1, '签到码为空').max(32, '签到码无效') }).strict(),
  'checkin.scan': z.object({ token: z.string().min(1, '签到码为空').max(200, '签到码无效') }).strict(),
  'attendance.list': z.object({ id }).strict(),
  'attendance.mark': z
    .object({
      id,
      memberId: id,
      status: z.enum(['present', 'late', 'clear']),
      reason: z.enum(MANUAL_REASONS, { message: '请选择手动签到的原因' }).optional(),
      reasonText: text(REASON_TEXT_MAX).optional()
    })
    .strict()
    .refine((p) => p.status === 'clear' || Boolean(p.reason), { message: '手动签到请选择原因', path: ['reason'] })
    .refine((p) => p.status === 'clear' || p.reason !== OTHER_REASON || (p.reasonText ?? '').length >= REASON_TEXT_MIN, {
      message: `选择“其他”时请用几个字说明原因（至少 ${REASON_TEXT_MIN} 字）`,
      path: ['reasonText']
    }),
  'leave.request': z.object({ id, reason: text(200).min(2, '请填写请假事由') }).strict(),
  'leave.decide': z.object({ id, memberId: id, decision: z.enum(['approved', 'refused']), comment: text(200).optional() }).strict(),
  'makeup.list': z.object({ done: z.boolean().optional() }).strict(),
  'makeup.submit': z.object({ id, reflection: text(MAKEUP_MAX_CHARS).min(MAKEUP_MIN_CHARS, `心得体会至少 ${MAKEUP_MIN_CHARS} 字`) }).strict(),
  'minutes.save': z.object({ id, content: text(5000).min(10, '会议内容至少 10 字'), resolutions: z.array(text(300).min(1)).max(20) }).strict(),
  'meetings.export': z.object({ id }).strict(),
  'pending.list': z.object({}).strict(),
  'contact.phone': z.object({ id, memberId: id }).strict()
}

/**
 * Fails to compile, naming the actions, when a schema and the contract's payload type drift apart.
 */
export const schemasMatchContract: SchemasMatch<MeetingsActions, typeof schemas> = true
