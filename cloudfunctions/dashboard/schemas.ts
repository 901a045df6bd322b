import { z } from 'zod'
import type { DashboardActions } from '../_shared/contract/dashboard-api'
import { isCalendarDay } from '../_shared/domain/calendar'
import type { SchemasMatch } from '../_shared/contract/schema-check'

/** Payload schemas of every dashboard action; the contract gives the types, these check the wire. */
const id = z.string().trim().min(1, '不能为空').max(120, '过长')
const year = z.number().int().min(2000, '年份不正确').max(2100, '年份不正确')
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isCalendarDay, '不是有效的日期')
const scope = z.union([z.object({ period: z.enum(['week', 'month', 'quarter', 'year']), day }).strict(), z.object({ noticeId: id }).strict()], {
  message: '请选择一期学习安排或一个时间段'
})
const count = z.number().int().min(0, '不能为负数').max(100, '过大')

const settings = z
  .object({
    collectiveStudy: z.object({ perYear: count, monthly: z.boolean() }).strict(),
    thematicDiscussion: z.object({ perYear: count, quarterly: z.boolean() }).strict(),
    memberActivity: z.object({ perYear: count }).strict(),
    partyLecture: z.object({ perYear: count, months: z.array(z.number().int().min(1).max(12)).min(1, '请选择月份').max(12) }).strict(),
    specialLifeMeeting: z.object({ perYear: count }).strict(),
    democraticEvaluation: z.object({ perYear: count }).strict(),
    educationDaysPerMember: z.number().int().min(0).max(365),
    countFrom: day.nullable().optional()
  })
  .strict()

export const schemas = {
  'dashboard.view': z.object({ unitId: id.optional(), scope }).strict(),
  'dashboard.members': z.object({ unitId: id, scope }).strict(),
  'dashboard.trend': z.object({ unitId: id, year }).strict(),
  'dashboard.quotas': z.object({ unitId: id, year }).strict(),
  'dashboard.changes': z.object({ unitId: id, noticeId: id }).strict(),
  'dashboard.export': z.object({ unitId: id, scope, view: z.enum(['units', 'members', 'quotas', 'trend']) }).strict(),
  'quotas.get': z.object({}).strict(),
  'quotas.set': z.object({ settings }).strict()
}

/** Fails to compile, naming the actions, when a schema and the contract's payload type drift apart. */
export const schemasMatchContract: SchemasMatch<DashboardActions, typeof schemas> = true
