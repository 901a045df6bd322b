import type { QuotaKey, QuotaProgress, QuotaSettings } from '../../contract/dashboard-api'
import { QUOTA_LABELS, quotaTargets } from '../../contract/dashboard-rules'
import type { HeldCategory } from './held'

/**
 * A branch's yearly requirements against the calendar: what it held so far
 * (from its year bucket) and what the calendar asks for by now. Pure; months
 * count when they are over, so nobody is "behind" on the 1st for a month
 * that has just begun.
 */
export interface HeldSoFar {
  held: Partial<Record<HeldCategory, number>>
  heldByMonth: Partial<Record<HeldCategory, Record<string, number>>>
}

/** Months of `year` that are over at local month `currentMonth` of `currentYear`. */
export function completedMonths(year: number, currentYear: number, currentMonth: number): number {
  if (year < currentYear) return 12
  if (year > currentYear) return 0
  return currentMonth - 1
}

/**
 * The months of `year` that count for a branch: over by local month
 * `current` (YYYY-MM of today), and wholly on or after `countFrom`
 * (YYYY-MM-DD, the day the branch started using the product or the 组织部's
 * date). A month the branch joined partway through does not count, so a
 * fresh install is behind on nothing.
 */
export function countedMonths(year: number, current: { year: number; month: number }, countFrom: string): number[] {
  const [fromYear, fromMonth, fromDay] = countFrom.split('-').map(Number)
  const over = completedMonths(year, current.year, current.month)
  const first = fromYear < year ? 1 : fromYear > year ? 13 : fromDay === 1 ? fromMonth : fromMonth + 1
  return Array.from({ length: over }, (_, i) => i + 1).filter((m) => m >= first)
}

/**
 * The day a branch's quotas count from, and why: the 组织部's date when set
 * (not before the branch existed), otherwise the month after the branch's
 * first activity (its first period bucket: a notice reached it or it planned
 * a meeting; that month was used only partly). Null: nothing yet to count.
 */
export function countFromOf(
  createdDay: string,
  settingsDay: string | null | undefined,
  firstActiveMonth: string | null
): { countFrom: string | null; reason: string } {
  if (settingsDay)
    return settingsDay >= createdDay
      ? { countFrom: settingsDay, reason: '组织部设定的起算日期' }
      : { countFrom: createdDay, reason: '支部建立之日（晚于组织部设定的日期）' }
  if (!firstActiveMonth) return { countFrom: null, reason: '支部尚未开始使用本系统，暂不计算（组织部可设定起算日期）' }
  const [y, m] = firstActiveMonth.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
  const start = next > createdDay ? next : createdDay
  return { countFrom: start, reason: `支部于${y}年${m}月开始使用本系统（当月不计）` }
}

const CATEGORY: Record<QuotaKey, HeldCategory> = {
  collectiveStudy: 'collective_study',
  thematicDiscussion: 'thematic_discussion',
  memberActivity: 'theme_day',
  partyLecture: 'party_lecture',
  specialLifeMeeting: 'special_life_meeting',
  democraticEvaluation: 'democratic_evaluation'
}

const monthsWithout = (byMonth: Record<string, number> | undefined, months: readonly number[]): number[] => months.filter((m) => !(byMonth?.[String(m)] ?? 0))

/**
 * `months`: the months that count (countedMonths), or for a branch counting
 * from January, how many are over.
 */
export function evaluateQuotas(settings: QuotaSettings, soFar: HeldSoFar, counted: number | readonly number[]): QuotaProgress[] {
  const months = typeof counted === 'number' ? Array.from({ length: counted }, (_, i) => i + 1) : counted
  const targets = quotaTargets(settings)
  const item = (key: QuotaKey, done: number, expectedByNow: number, detail: string | null): QuotaProgress => {
    const behind = done < expectedByNow
    const { target, reason } = targets[key]
    return { key, label: QUOTA_LABELS[key], done, expectedByNow, target, targetReason: reason, behind, detail: behind ? detail : null }
  }
  const done = (key: QuotaKey): number => soFar.held[CATEGORY[key]] ?? 0
  const proRata = (perYear: number): number => Math.floor((perYear * months.length) / 12)
  const yearEnd = (perYear: number): number => (months.includes(12) ? perYear : 0)

  const study = settings.collectiveStudy
  const missedMonths = monthsWithout(soFar.heldByMonth.collective_study, months)
  const studyExpected = study.monthly ? Math.min(months.length, targets.collectiveStudy.target) : proRata(study.perYear)

  const discussion = settings.thematicDiscussion
  const quarters = [1, 2, 3, 4].filter((q) => [3 * q - 2, 3 * q - 1, 3 * q].every((m) => months.includes(m))).length
  const discussionExpected = discussion.quarterly ? Math.min(quarters, discussion.perYear) : proRata(discussion.perYear)

  const lecture = settings.partyLecture
  const lectureMonths = soFar.heldByMonth.party_lecture ?? {}
  const lectureDone = lecture.months.reduce((sum, m) => sum + (lectureMonths[String(m)] ?? 0), 0)
  const lectureExpected = lecture.months.every((m) => months.includes(m)) ? lecture.perYear : 0

  return [
    item(
      'collectiveStudy',
      done('collectiveStudy'),
      studyExpected,
      missedMonths.length ? `${missedMonths.map((m) => `${m}月`).join('、')}没有集体学习` : `应已开展 ${studyExpected} 次`
    ),
    item('thematicDiscussion', done('thematicDiscussion'), discussionExpected, `应已开展 ${discussionExpected} 次（每季度 1 次）`),
    item('memberActivity', done('memberActivity'), proRata(settings.memberActivity.perYear), `应已开展 ${proRata(settings.memberActivity.perYear)} 次`),
    item('partyLecture', lectureDone, lectureExpected, `${lecture.months.map((m) => `${m}月`).join('、')}未讲党课`),
    item('specialLifeMeeting', done('specialLifeMeeting'), yearEnd(settings.specialLifeMeeting.perYear), '全年未召开专题组织生活会'),
    item('democraticEvaluation', done('democraticEvaluation'), yearEnd(settings.democraticEvaluation.perYear), '全年未开展民主评议党员')
  ]
}

/** What a reminder names: "集体学习（9月没有集体学习）", shortest first-said. */
export function missingSummary(items: ReadonlyArray<QuotaProgress>): string {
  return items
    .filter((i) => i.behind)
    .map((i) => `${i.label}差${i.expectedByNow - i.done}次`)
    .join('，')
}
