import type { Moderation } from '../domain/moderation/text-check'
import type { UnitType } from '../contract/org'
import type { AnswerReview, NoticeDraft, ScheduleMoveOf } from '../contract/notices-api'

/** The stored shapes of the notices collections (docs/data-model.md). */
export interface NoticeDoc extends Omit<NoticeDraft, 'answerDeadline'> {
  /** `n-<year>-<issueNo>`: saving the same issue twice edits one draft. */
  _id: string
  status: 'draft' | 'published' | 'withdrawn'
  answerDeadline: Date | null
  /** The committee that owns it (its path): who may edit and publish. */
  ownerPath: string
  targetUnitIds: string[]
  createdBy: string
  createdAt: Date
  updatedAt: Date
  publishedAt: Date | null
  /**
   * A publish's plan, saved before anything else is written so a retry
   * finishes the same job (notices/publish.ts); kept as the publish's answer.
   */
  publishing?: {
    at: Date
    targetUnitIds: string[]
    units: Array<{ _id: string; name: string; type: UnitType; path: string; assigned: number }>
    result: { branches: number; assigned: number }
  }
  /** The last correction (更正) of typos, and what it changed (answers are kept). */
  correction?: { at: Date; by: string; changed: string[] }
  /**
   * 撤回 (notices/withdraw.ts), a resumable job: `clearing` (status already
   * withdrawn; members' counted states are being cleared and counted down),
   * then `done` (the publish's amounts taken back, its (notice, unit) documents gone).
   */
  withdrawal?: {
    at: Date
    by: string
    reason: string
    phase: 'clearing' | 'done'
    /** Per unit, what the publish (and moved study times) had added to its period buckets: taken back once. */
    reversal?: Array<{ unitId: string; assigned: number; scheduleChanges: number }>
  }
}

/** Counters per (notice, unit), for every unit in the published subtree and above it. */
export interface NoticeUnitDoc {
  _id: string
  noticeId: string
  unitId: string
  unitName: string
  unitType: UnitType
  unitPath: string
  /** Published on: for listing a unit's notices newest first. */
  publishedAt: Date
  assigned: number
  read: number
  answered: number
  pushedAt: Date | null
  /** The local day (Asia/Shanghai) of the last 催办, for "at most once a day". */
  lastRemindDay: string | null
  scheduleChange: (ScheduleMoveOf<Date> & { reportedBy: string }) | null
  /** Branches in this unit's subtree that moved the time (set on the first change); absent until one does. */
  scheduleChanges?: number
}

/** A member's state for a notice, created lazily on their first action (publishing writes none). */
export interface NoticeMemberDoc {
  _id: string
  noticeId: string
  memberId: string
  memberName: string
  unitId: string
  unitPath: string
  readMaterials: number[]
  readAt: Date | null
  answers: string[] | null
  submittedAt: Date | null
  /** The review; `moderation` covers its comment (content security, data/moderation). */
  review: (AnswerReview & { by: string; at: Date; moderation?: Moderation }) | null
  /** Content security on `answers` (data/moderation): held answers are seen by their author and the deciding officers only. */
  moderation?: Moderation
  /** 已查看: when they first opened the notice (shown, never counted). */
  viewedAt?: Date | null
  /** What they had done when the notice was withdrawn (kept as the record; no longer counted). */
  beforeWithdrawal?: { readAt: Date | null; submittedAt: Date | null }
  /** The message telling them of a withdrawal (at most one). */
  withdrawalToldAt?: Date | null
  /** The one message this notice may send this member (push or the timer reminder). */
  notifiedAt: Date | null
  lastRemindDay: string | null
  /** The counting ledger (domain/counting/counts.ts). */
  version?: number
  dirty?: boolean
  countedAs?: Record<string, number>
}

/** Subscribe-message consents per template id: each accepted request for a template allows one message of it. */
export interface SubscriptionDoc {
  _id: string
  templates?: Record<string, number>
  /** Before consents were per template: one pool, all of it study-notice consents (moved by migration 002). */
  credits?: number
  updatedAt: Date
}
