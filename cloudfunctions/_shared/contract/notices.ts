/**
 * A study notice (学习教育安排) as read from its text: what the parser in
 * cloudfunctions/_shared/domain/notices/parse produces. Types only, so the
 * mini-program can show a parsed notice for review with `import type`.
 *
 * Every field the text may lack is nullable rather than guessed: the reason
 * for a null is always in `warnings`.
 */

/** One row of 一、时间安排. */
export interface NoticeScheduleEntry {
  /** 周次: the teaching week. */
  week: number | null
  /** ISO date (YYYY-MM-DD); the year comes from the issue date. */
  date: string | null
  /** 1 = Monday … 7 = Sunday; computed from `date` when there is one (the 星期 column is only checked). */
  weekday: number | null
  /** 组织者, split on 、，, — e.g. ["机关党工委", "党总支（直属党支部）"]. */
  organizers: string[]
}

/** One numbered item of 四、学习内容. */
export interface NoticeMaterial {
  /** Without numbering, link, page number and note. */
  title: string
  url: string | null
  /** Page in the compiled booklet (after dot leaders or a tab). */
  page: number | null
  /** E.g. "已发支部" (already sent to the branches, so not appended). */
  note: string | null
  /** The appended full text, from its heading to the next material's heading. */
  fullText: string | null
}

export interface ParsedNotice {
  /** From "2020年第3期". */
  year: number | null
  issueNo: number | null
  /** From "党委组织部编". */
  compiledBy: string | null
  /** ISO date of issue, e.g. "2020-05-07". */
  publishedOn: string | null
  schedule: NoticeScheduleEntry[]
  theme: string | null
  purpose: string | null
  materials: NoticeMaterial[]
  /** Discussion questions, numbering stripped. */
  discussion: string[]
  /** Requirements, numbering stripped. */
  requirements: string[]
  /** Everything that could not be read, in Chinese, with line numbers. */
  warnings: string[]
}

/**
 * The three states of a member on a notice, named for what happened, the same
 * on every screen, export and counter (`read` counts 已学习材料, `answered`
 * counts 已提交讨论; 已查看 is shown per member, never counted).
 */
export const STUDY_STATE_LABELS = {
  viewed: '已查看',
  notViewed: '未查看',
  read: '已学习材料',
  notRead: '未学习材料',
  answered: '已提交讨论',
  notAnswered: '未提交讨论'
} as const

/** The one line shown wherever these rates or counts appear. */
export const STUDY_STATE_EXPLANATION = '已查看：打开过这期安排；已学习材料：打开过至少一份学习材料；已提交讨论：提交了讨论题的回答。'

/** A member's furthest state, for a one-word tag: 已提交讨论 › 已学习材料 › 已查看 › 未查看. */
export function studyStateLabel(state: { viewed: boolean; read: boolean; answered: boolean }): string {
  if (state.answered) return STUDY_STATE_LABELS.answered
  if (state.read) return STUDY_STATE_LABELS.read
  if (state.viewed) return STUDY_STATE_LABELS.viewed
  return STUDY_STATE_LABELS.notViewed
}
