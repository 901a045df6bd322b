import dayjs from 'dayjs'
import { TZ } from '../calendar'
import type { FeedbackKind, FeedbackRecipient, FeedbackStatus } from '../../contract/feedback-api'
import type { MyData, MyDataTable } from '../../contract/me'
import type { AttendanceStatus, LeaveRequestOf, MakeupOf, MeetingType } from '../../contract/meetings-api'
import { ATTENDANCE_LABELS, MEETING_TYPE_LABELS } from '../../contract/meetings-rules'
import { MEMBER_STATUS_LABELS } from '../../contract/org-rules'
import type { AnswerReview } from '../../contract/notices-api'
import { SUBSCRIBE_TEMPLATES } from '../messaging/templates'
import { roleLabels } from './role-labels'

/**
 * What 我的数据 reads of each stored record: only the fields a member may
 * see of their own. Not listed, so never shown: the WeChat openid and the
 * pending invite code (login credentials), the membership-follow marker and
 * counting ledgers (bookkeeping), who decided a leave or reviewed an answer and
 * who made an invite (other people's ids).
 */
export interface StoredMember {
  _id: string
  name: string
  phone: string
  unitId: string
  groupId: string | null
  activityUnitId: string | null
  type: string
  category: string
  status: string
  roles: ReadonlyArray<{ role: string; unitId: string }>
  createdAt: Date
  updatedAt: Date
}

export interface StoredRecords {
  member: StoredMember
  units: ReadonlyMap<string, { name: string }>
  invites: ReadonlyArray<{ createdAt: Date; expiresAt: Date; usedAt: Date | null }>
  noticeStates: ReadonlyArray<{
    noticeId: string
    viewedAt?: Date | null
    readMaterials: number[]
    readAt: Date | null
    answers: string[] | null
    submittedAt: Date | null
    review: AnswerReview | null
    notifiedAt: Date | null
  }>
  notices: ReadonlyMap<string, { year: number; issueNo: number; theme: string }>
  meetingStates: ReadonlyArray<{
    meetingId: string
    startAt: Date
    status: AttendanceStatus
    checkedInAt: Date | null
    method: 'scan' | 'manual' | null
    manualReason: string | null
    leave: LeaveRequestOf<Date> | null
    makeup: MakeupOf<Date> | null
  }>
  meetings: ReadonlyMap<string, { title: string; type: MeetingType; unitName: string }>
  feedback: ReadonlyArray<{
    kind: FeedbackKind
    to: FeedbackRecipient
    recipientUnitName: string
    content: string
    anonymous: boolean
    status: FeedbackStatus
    createdAt: Date
    reply: { content: string; at: Date; byLabel: string } | null
  }>
  subscription: { templates?: Record<string, number>; credits?: number } | null
  stats: ReadonlyArray<{ year: string; periods: Record<string, Record<string, number>> }>
}

const DECISION_LABELS = { pending: '待审批', approved: '已批准', refused: '未批准' } as const
const REVIEW_LABELS = { pending: '待批阅', accepted: '已通过', returned: '已退回修改' } as const
const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = { complaint: '投诉', suggestion: '建议' }
const RECIPIENT_LABELS: Record<FeedbackRecipient, string> = { org_department: '组织部', general_branch: '党总支' }
const TEMPLATE_LABELS: Record<string, string> = {
  [SUBSCRIBE_TEMPLATES.studyNotice.id]: '学习通知提醒',
  [SUBSCRIBE_TEMPLATES.meeting.id]: '会议与请假提醒',
  [SUBSCRIBE_TEMPLATES.quota.id]: '年度要求提醒'
}
const STAT_LABELS: Record<string, string> = {
  noticeRead: '已学习材料',
  noticeAnswered: '已提交讨论',
  invited: '应参加会议',
  present: '出席',
  late: '迟到',
  leave: '请假',
  absent: '缺席',
  madeUp: '已补学'
}

/** Shanghai wall-clock time, or empty when there is none. */
// Read as stored (a string): a status this code does not know is shown as it is.
const STATUS_LABELS: Readonly<Record<string, string>> = MEMBER_STATUS_LABELS

const at = (when: Date | null | undefined): string => (when ? dayjs(when).tz(TZ).format('YYYY-MM-DD HH:mm') : '')

function profile(records: StoredRecords): MyDataTable {
  const { member, units } = records
  const unitName = (id: string | null): string => (id ? (units.get(id)?.name ?? '') : '')
  const roles = member.roles.map((role) => `${roleLabels([role])[0]}（${unitName(role.unitId)}）`)
  const rows: string[][] = [
    ['姓名', member.name],
    ['手机号', member.phone],
    ['所在组织', unitName(member.unitId)],
    ['党小组', unitName(member.groupId)],
    ['党员类型', member.type],
    ['人员类别', member.category],
    ['状态', STATUS_LABELS[member.status] ?? member.status],
    ['流动党员活动地', unitName(member.activityUnitId)],
    ['微信', '已绑定当前微信（微信标识仅用于识别身份，不对任何人显示）'],
    ['职务', roles.join('、') || '无'],
    ['登记时间', at(member.createdAt)],
    ['最近修改', at(member.updatedAt)]
  ]
  return {
    key: 'profile',
    title: '基本信息',
    purpose: '党组织登记你的组织关系，用于通知、会议和统计；本支部书记及上级组织的管理者可见（手机号对他们也只显示部分数字）。',
    columns: ['项目', '内容'],
    rows
  }
}

function invites(records: StoredRecords, now: Date): MyDataTable {
  const state = (invite: StoredRecords['invites'][number]) => (invite.usedAt ? '已使用' : invite.expiresAt <= now ? '已过期' : '有效')
  return {
    key: 'invites',
    title: '加入邀请',
    purpose: '书记为你生成的一次性邀请码，用于把你的微信与党员身份绑定；7 天后失效。邀请码本身不在此列出。',
    columns: ['生成时间', '有效期至', '使用时间', '状态'],
    rows: [...records.invites]
      .sort((a, b) => +b.createdAt - +a.createdAt)
      .map((invite) => [at(invite.createdAt), at(invite.expiresAt), at(invite.usedAt), state(invite)])
  }
}

function notices(records: StoredRecords): MyDataTable {
  const title = (id: string): string => {
    const notice = records.notices.get(id)
    return notice ? `${notice.year}年第${notice.issueNo}期 ${notice.theme}` : '学习通知（已删除）'
  }
  const review = (value: AnswerReview | null): string => (value ? `${REVIEW_LABELS[value.status]}${value.comment ? `：${value.comment}` : ''}` : '')
  return {
    key: 'notices',
    title: '学习教育',
    purpose: '你查看、学习和提交讨论的记录，用于支部的学习教育记录和完成率；本支部书记及上级组织可见，不记录停留时长。',
    columns: ['学习通知', '查看时间', '已学习材料', '学完时间', '提交时间', '我的回答', '批阅', '提醒时间'],
    rows: records.noticeStates.map((state) => [
      title(state.noticeId),
      at(state.viewedAt),
      state.readMaterials.length ? `${state.readMaterials.length} 份` : '',
      at(state.readAt),
      at(state.submittedAt),
      (state.answers ?? []).map((answer, i) => `${i + 1}. ${answer}`).join('\n'),
      review(state.review),
      at(state.notifiedAt)
    ])
  }
}

function meetings(records: StoredRecords): MyDataTable {
  const leave = (value: LeaveRequestOf<Date> | null): string =>
    value ? `${value.reason}（${DECISION_LABELS[value.decision]}${value.comment ? `：${value.comment}` : ''}）` : ''
  const makeup = (value: MakeupOf<Date> | null): string =>
    value ? (value.completedAt ? `${at(value.completedAt)} 完成：${value.reflection ?? ''}` : `待完成，截止 ${at(value.dueAt)}`) : ''
  return {
    key: 'meetings',
    title: '会议、签到、请假与补学',
    purpose: '你参加组织生活的记录，用于会议记录和出席统计；本支部书记、会议主持人及上级组织可见。',
    columns: ['会议', '召开时间', '组织', '出席情况', '签到时间', '记录方式', '请假', '补学'],
    rows: [...records.meetingStates]
      .sort((a, b) => +b.startAt - +a.startAt)
      .map((state) => {
        const meeting = records.meetings.get(state.meetingId)
        const method = state.method === 'scan' ? '扫码签到' : state.method === 'manual' ? `主持人标记：${state.manualReason ?? ''}` : ''
        return [
          meeting ? `${MEETING_TYPE_LABELS[meeting.type]} · ${meeting.title}` : '会议（已删除）',
          at(state.startAt),
          meeting?.unitName ?? '',
          ATTENDANCE_LABELS[state.status],
          at(state.checkedInAt),
          method,
          leave(state.leave),
          makeup(state.makeup)
        ]
      })
  }
}

function feedback(records: StoredRecords): MyDataTable {
  return {
    key: 'feedback',
    title: '投诉建议',
    purpose: '你发出的投诉建议和收到的答复；只有收件的组织部或党总支可见，你所在支部的书记和委员看不到，匿名的不向收件人显示你的姓名和支部。',
    columns: ['发出时间', '类型', '发给', '署名', '内容', '状态', '答复'],
    rows: [...records.feedback]
      .sort((a, b) => +b.createdAt - +a.createdAt)
      .map((item) => [
        at(item.createdAt),
        FEEDBACK_KIND_LABELS[item.kind],
        `${item.recipientUnitName}${RECIPIENT_LABELS[item.to]}`.replace(/(组织部|党总支)\1$/, '$1'),
        item.anonymous ? '匿名' : '署名',
        item.content,
        item.status === 'answered' ? '已答复' : '待处理',
        item.reply ? `${at(item.reply.at)} ${item.reply.byLabel}：${item.reply.content}` : ''
      ])
  }
}

function subscriptions(records: StoredRecords): MyDataTable {
  const templates = Object.entries(records.subscription?.templates ?? {})
  const rows = templates.map(([id, count]) => [TEMPLATE_LABELS[id] ?? id, String(count)])
  if (records.subscription?.credits) rows.push(['学习通知提醒（旧记录）', String(records.subscription.credits)])
  return {
    key: 'subscriptions',
    title: '消息订阅授权',
    purpose: '你在微信里同意接收的订阅消息：每同意一次，可以给你发一条该类消息；只有系统使用，不对任何人显示。',
    columns: ['消息', '剩余可发送条数'],
    rows
  }
}

function stats(records: StoredRecords): MyDataTable {
  const rows = [...records.stats]
    .sort((a, b) => b.year.localeCompare(a.year))
    .flatMap((doc) =>
      Object.entries(doc.periods)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([period, counts]) => [
          period,
          Object.entries(counts)
            .filter(([, n]) => n !== 0)
            .map(([field, n]) => `${STAT_LABELS[field] ?? field} ${n}`)
            .join('，')
        ])
    )
  return {
    key: 'stats',
    title: '个人统计',
    purpose: '按周、月、季度、年汇总的你的学习和出席次数，只用于本支部书记查看的党员明细（按姓名排列，不排名）。',
    columns: ['周期', '次数'],
    rows
  }
}

/** 我的数据: every stored record of the member, table by table, in words. */
export function myDataView(records: StoredRecords, now: Date): MyData {
  return {
    name: records.member.name,
    gatheredAt: now.toISOString(),
    tables: [profile(records), invites(records, now), notices(records), meetings(records), feedback(records), subscriptions(records), stats(records)]
  }
}
