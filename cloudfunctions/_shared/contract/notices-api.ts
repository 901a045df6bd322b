import type { ModerationActions } from './moderation-api'
import type { NoticeMaterial, NoticeScheduleEntry, ParsedNotice } from './notices'

/**
 * The `notices` function: from the department's document to every member's
 * answer. Types only (the mini-program imports them with `import type`).
 * Records real actions (read, answered, reviewed), never time on page; shows
 * units completion rates, never personal rankings.
 */
export const NOTICES_FUNCTION = 'notices'
/** The mini-program page a notice's subscribe messages and push share links open, with `?id=<notice id>` (src/routes.test.ts checks it is declared). */
export const NOTICE_DETAIL_PAGE = 'packages/notices/pages/detail/index'

/** A withdrawn (撤回) notice stays as a record; members and branches can no longer act on it. */
export type NoticeStatus = 'draft' | 'published' | 'withdrawn'
export type ReviewStatus = 'pending' | 'accepted' | 'returned'

/** What the department edits and saves: the parsed notice, corrected by a person. */
export interface NoticeDraft {
  year: number
  issueNo: number
  compiledBy: string
  publishedOn: string
  schedule: NoticeScheduleEntry[]
  theme: string
  purpose: string
  materials: NoticeMaterial[]
  discussion: string[]
  requirements: string[]
  /** Answers may be edited until then (ISO); default: the last scheduled day, 23:59 Asia/Shanghai. */
  answerDeadline: string | null
}

/** Completion for one unit (a branch, or summed over a subtree): counts, never names. */
export interface NoticeCounters {
  assigned: number
  read: number
  answered: number
}

export interface NoticeSummary {
  id: string
  title: string
  year: number
  issueNo: number
  theme: string
  status: NoticeStatus
  firstDate: string | null
  publishedAt: string | null
  /** The last correction (更正) of a typo, if any: members see "已更正" with its date. */
  correctedAt: string | null
  /** When the 组织部 withdrew it (撤回), if it did. */
  withdrawnAt: string | null
  /** For members: their own state (已查看 / 已学习材料 / 已提交讨论). */
  mine?: { viewed: boolean; read: boolean; answered: boolean; review: ReviewStatus | null }
  /** For secretaries and above: completion in their scope. */
  counters?: NoticeCounters
}

/**
 * A branch's moved study time, stored (Date instants, _shared/data/notice-docs.ts)
 * and shown (ISO strings): written once, the instant type being the difference.
 */
export interface ScheduleMoveOf<Instant> {
  startAt: Instant
  form: string
  place: string
  reportedAt: Instant
}

export interface ScheduleChange extends ScheduleMoveOf<string> {
  unitId: string
  unitName: string
}

/** A secretary's verdict on an answer, as the member and the secretary see it (the stored one adds who and when). */
export interface AnswerReview {
  status: ReviewStatus
  comment: string | null
}

export interface NoticeDetail extends NoticeDraft {
  id: string
  /** E.g. 党员学习教育安排 2026年第9期. */
  title: string
  status: NoticeStatus
  publishedAt: string | null
  /** The last correction (更正), if any: what was corrected and when. */
  correction: NoticeCorrectionNote | null
  /** The caller's branch's own arrangement, if it moved the time. */
  scheduleChange: ScheduleChange | null
  mine: {
    readMaterials: number[]
    answers: string[] | null
    submittedAt: string | null
    review: AnswerReview | null
    editable: boolean
    /** Content security on their answers: 审核中 (held or not yet checked) / 未通过审核，请修改 (退回); null when clear. */
    moderation?: string | null
  } | null
}

export interface MemberProgress {
  memberId: string
  name: string
  /** 已查看: opened the notice. */
  viewed: boolean
  /** 已学习材料: opened at least one material. */
  read: boolean
  /** 已提交讨论: submitted the discussion answers. */
  answered: boolean
  review: ReviewStatus | null
  /** A subscribe message can reach them now (bound to WeChat and allowed one); otherwise tell them in the group. */
  reachable: boolean
}

/** What a correction (更正) changed, as members see it. */
export interface NoticeCorrectionNote {
  at: string
  /** E.g. ["主题", "学习材料 2", "讨论题 1"]. */
  changed: string[]
}

/** A correction of typos: the same number of materials and questions (answers stay with their question). */
export interface NoticeCorrection {
  theme: string
  materials: Array<{ title: string; fullText: string | null }>
  discussion: string[]
}

/** Who a push or 催办 did not reach by message: names to paste into the branch's WeChat group, with the share card. */
export interface Unreached {
  names: string[]
  /** A ready text for the group: the notice, the link, and the names. */
  groupText: string
  shareLink: string
}

/**
 * A branch's 学习教育记录 for one notice, as the screen, the .docx and the .xlsx
 * show it (one source): time, place, form, attendance and minutes come from
 * the meetings the branch held for the notice (linked 集体学习); without one
 * the record says what is not recorded. Answers are never attendance.
 */
export interface StudyRecordSession {
  meetingId: string
  /** E.g. 集体学习：学习贯彻全会精神. */
  heading: string
  /** 时间, 地点, 方式, 主持人, 应到, 出席, 迟到, 请假, 缺席, 已补学 (, 未签到 before the end): as in the meeting's own record. */
  rows: Array<[label: string, value: string]>
  /** 会议内容, one paragraph a line; null until the minutes are saved. */
  minutes: string[] | null
  resolutions: string[]
  ended: boolean
}

export interface StudyRecordView {
  unitName: string
  noticeTitle: string
  /** At least one linked meeting: the facts below come from it. */
  held: boolean
  sessions: StudyRecordSession[]
  /** Without a meeting: 时间/地点/方式/出席情况 said as not recorded; always 组织者, 学习主题, 学习讨论 (submissions, not attendance). */
  rows: Array<[label: string, value: string]>
  materials: string[]
  questions: string[]
  answers: Array<{ name: string; text: string }>
}

/** 讨论待批阅 on the 工作台: one recent notice in one branch, with the submitted answers still waiting for review. */
export interface PendingReview {
  noticeId: string
  /** E.g. 党员学习教育安排 2026年第9期. */
  title: string
  firstDate: string | null
  unitId: string
  unitName: string
  publishedAt: string
  /** Members whose submitted answers have no verdict yet (or were edited after 退回修改). */
  pending: number
}

/** How far back 讨论待批阅 looks, and its caps: the cost follows these, never the history. */
export const PENDING_REVIEW_DAYS = 30
export const PENDING_REVIEW_MAX_BRANCHES = 10
export const PENDING_REVIEW_MAX_NOTICES = 5

/** WeChat's answer for one template of a `requestSubscribeMessage` ('accept' is the only one that allows a message). */
export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter'

export interface NoticesActions extends ModerationActions {
  'notices.parse': { payload: { text?: string; docxBase64?: string }; result: ParsedNotice }
  'notices.saveDraft': { payload: { id?: string; draft: NoticeDraft }; result: NoticeSummary }
  /** The 组织部 reopens a saved draft to keep editing it. */
  'notices.getDraft': { payload: { id: string }; result: { id: string; draft: NoticeDraft } }
  /** Refused with NOTICE_IN_PAST when its study day has passed, unless `allowPast` (the 组织部 was told and confirmed). */
  'notices.publish': { payload: { id: string; unitIds?: string[]; allowPast?: boolean }; result: { branches: number; assigned: number } }
  /** 撤回: by the 组织部, until the study day; members told by a push are told again. */
  'notices.withdraw': { payload: { id: string; reason: string }; result: { withdrawnAt: string; told: number } }
  /** 更正: typos in the theme, a material or a question; answers are kept. */
  'notices.correct': { payload: { id: string; correction: NoticeCorrection }; result: { correctedAt: string; changed: string[] } }
  'notices.list': {
    payload: { view: 'member' | 'manage'; unitId?: string; page?: number; pageSize?: number }
    result: { items: NoticeSummary[]; total: number }
  }
  'notices.get': { payload: { id: string }; result: NoticeDetail }
  /** 已查看: the member opened the notice (recorded once, not counted, never time on page). */
  'notices.view': { payload: { id: string }; result: { firstView: boolean } }
  'notices.read': { payload: { id: string; materialIndex: number }; result: { firstRead: boolean } }
  /** `moderation`: 审核中 when content security holds the answers (the author still sees them), null when clear. */
  'answers.submit': { payload: { id: string; answers: string[] }; result: { submittedAt: string; moderation?: string | null } }
  /** What `wx.requestSubscribeMessage` answered, per template id (at most 3, only declared templates); the consents left per template. */
  'subscriptions.grant': { payload: { results: Record<string, SubscribeAnswer> }; result: { credits: Record<string, number> } }
  'notices.push': {
    payload: { id: string; unitId: string }
    result: { sent: number; noConsent: number; alreadySent: number; shareLink: string; unreached: Unreached }
  }
  'notices.reschedule': { payload: { id: string; unitId: string; startAt: string; form: string; place: string }; result: ScheduleChange }
  'notices.changes': { payload: { id: string }; result: ScheduleChange[] }
  'notices.progress': { payload: { id: string; unitId: string }; result: { counters: NoticeCounters; members: MemberProgress[] } }
  'answers.get': {
    payload: { id: string; memberId: string }
    result: {
      name: string
      questions: string[]
      answers: string[]
      submittedAt: string
      review: AnswerReview | null
      /** Content security: 审核中 when the answers are held (decided on 工作台 → 待处理), null when clear. */
      moderation?: string | null
    }
  }
  /**
   * 讨论待批阅 for the 工作台: in the branches where the caller may review answers (at most
   * PENDING_REVIEW_MAX_BRANCHES, path order; `truncated` when there are more), the published
   * notices of the last PENDING_REVIEW_DAYS days (at most PENDING_REVIEW_MAX_NOTICES a branch) with answers waiting; read only.
   */
  'reviews.pending': { payload: Record<string, never>; result: { items: PendingReview[]; total: number; truncated: boolean } }
  'answers.review': { payload: { id: string; memberId: string; status: 'accepted' | 'returned'; comment?: string }; result: { status: ReviewStatus } }
  /** 催办: only who has not submitted; a 催办 that reached nobody by message leaves the day unused (nextAllowedAt null). */
  'notices.remind': { payload: { id: string; unitId: string }; result: { reminded: number; nextAllowedAt: string | null; unreached: Unreached } }
  'records.get': { payload: { id: string; unitId: string }; result: StudyRecordView }
  /** .docx by default; .xlsx with the same facts. */
  'records.export': { payload: { id: string; unitId: string; format?: 'docx' | 'xlsx' }; result: { fileName: string; base64: string } }
}

export type NoticesAction = keyof NoticesActions
