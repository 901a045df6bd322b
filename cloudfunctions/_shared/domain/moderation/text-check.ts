import { createHash } from 'node:crypto'

/**
 * Content security (WeChat `security.msgSecCheck` v2) as pure rules: what a
 * check costs, how a text is cut for it, and what its answer means here.
 *
 * WeChat's facts (docs/compliance.md, "Content security"): the request is
 * `{ version: 2, openid, scene, content }`, `content` at most 2,500
 * characters, `openid` a user who used the mini-program in the last two
 * hours; the answer's `result.suggest` is `pass`, `review` or `risky`.
 */

/** WeChat's scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export const SCENE = { profile: 1, comment: 2, forum: 3, log: 4 } as const
export type Scene = (typeof SCENE)[keyof typeof SCENE]

export type Suggest = 'pass' | 'review' | 'risky'

/** WeChat's limit on `content`, in characters. */
export const PIECE_MAX = 2500

/**
 * How a stored text stands:
 * - `clear`: passed (or released by an officer): everyone who may read the record reads it;
 * - `held`: WeChat said `review`: only its author and the officer who decides see it (审核中);
 * - `unchecked`: the check could not run (platform error, timeout): held the same way until a timer checks it again;
 * - `returned`: the officer sent it back (退回), or the late check found it risky: only its author sees it, to rewrite.
 */
export type ModerationStatus = 'clear' | 'held' | 'unchecked' | 'returned'

/** Kept on the record beside the text it covers. `version` ties the state to one text version. */
export interface Moderation {
  version: string
  status: ModerationStatus
}

/** What the platform answered for a whole text: one suggest, or no answer at all. */
export type CheckOutcome = { ok: true; suggest: Suggest } | { ok: false; reason: string }

/**
 * The text's version: a hash of its parts (in order) and the scene, so a
 * re-save of the same words is recognised and never checked twice.
 */
export function textVersion(parts: ReadonlyArray<string>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24)
}

/** The parts that carry words; blanks need no check. */
export function wordsOf(parts: ReadonlyArray<string | null | undefined>): string[] {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '')
}

/**
 * The pieces sent to WeChat: the parts joined by blank lines, cut into runs of
 * at most `max` characters (code points, so no emoji is split in two).
 */
export function pieces(parts: ReadonlyArray<string>, max = PIECE_MAX): string[] {
  const chars = Array.from(wordsOf(parts).join('\n\n'))
  const out: string[] = []
  for (let i = 0; i < chars.length; i += max) out.push(chars.slice(i, i + max).join(''))
  return out
}

/** The whole text's suggest: the worst of its pieces'. */
export function worstSuggest(suggests: ReadonlyArray<Suggest>): Suggest {
  if (suggests.includes('risky')) return 'risky'
  if (suggests.includes('review')) return 'review'
  return 'pass'
}

/** What becomes of a text after its check: refused (nothing written) or stored with a status. */
export type Decision = { refuse: true } | { refuse: false; status: Exclude<ModerationStatus, 'returned'> }

export function decide(outcome: CheckOutcome): Decision {
  if (!outcome.ok) return { refuse: false, status: 'unchecked' }
  if (outcome.suggest === 'risky') return { refuse: true }
  return { refuse: false, status: outcome.suggest === 'review' ? 'held' : 'clear' }
}

/**
 * Whether a save needs the platform at all: not when the stored text is this
 * same version and was already decided (clear, held or returned). An
 * `unchecked` one is checked again, as the timer would.
 */
export function needsCheck(previous: Moderation | null | undefined, version: string): boolean {
  return !previous || previous.version !== version || previous.status === 'unchecked'
}

/** Records written before content security existed carry no state: they were never held. */
export function isVisibleToOthers(moderation: Moderation | null | undefined): boolean {
  return !moderation || moderation.status === 'clear'
}

/** What the author (and the deciding officer) is told about their text's state, null when clear. */
export function moderationLabel(moderation: Moderation | null | undefined): string | null {
  if (!moderation || moderation.status === 'clear') return null
  if (moderation.status === 'returned') return '未通过审核，请修改'
  return '审核中'
}
