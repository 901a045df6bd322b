import type { QuotaKey, QuotaProgress, QuotaSettings } from '../../contract/dashboard-api'
import { QUOTA_LABELS } from '../../contract/dashboard-rules'
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

const CATEGORY: Record<QuotaKey, HeldCategory> = {
  collectiveStudy: 'collective_study',
  thematicDiscussion: 'thematic_discussion',
  memberActivity: 'theme_day',
  partyLecture: 'party_lecture',
  specialLifeMeeting: 'special_life_meeting',
  democraticEvaluation: 'democratic_evaluation'
}

const monthsWithout = (byMonth: Record<string, number> | undefined, upTo: number): number[] =>
  Array.from({ length: upTo }, (_, i) => i + 1).filter((m) => !(byMonth?.[String(m)] ?? 0))

function item(key: QuotaKey, done: number, expectedByNow: number, target: number, detail: string | null): QuotaProgress {
  const behind = done < expectedByNow
  return { key, label: QUOTA_LABELS[key], done, expectedByNow, target, behind, detail: behind ? detail : null }
}

export function evaluateQuotas(settings: QuotaSettings, soFar: HeldSoFar, months: number): QuotaProgress[] {
  const done = (key: QuotaKey): number => soFar.held[CATEGORY[key]] ?? 0
  const proRata = (perYear: number): number => Math.floor((perYear * months) / 12)
  const yearEnd = (perYear: number): number => (months === 12 ? perYear : 0)

  const study = settings.collectiveStudy
  const missedMonths = monthsWithout(soFar.heldByMonth.collective_study, months)
  const studyTarget = study.monthly ? Math.max(study.perYear, 12) : study.perYear
  const studyExpected = study.monthly ? Math.min(months, studyTarget) : proRata(study.perYear)

  const discussion = settings.thematicDiscussion
  const quarters = Math.floor(months / 3)
  const discussionExpected = discussion.quarterly ? Math.min(quarters, discussion.perYear) : proRata(discussion.perYear)

  const lecture = settings.partyLecture
  const lectureMonths = soFar.heldByMonth.party_lecture ?? {}
  const lectureDone = lecture.months.reduce((sum, m) => sum + (lectureMonths[String(m)] ?? 0), 0)
  const lectureExpected = months >= Math.max(...lecture.months) ? lecture.perYear : 0

  return [
    item(
      'collectiveStudy',
      done('collectiveStudy'),
      studyExpected,
      studyTarget,
      missedMonths.length ? `${missedMonths.map((m) => `${m}月`).join('、')}没有集体学习` : `应已开展 ${studyExpected} 次`
    ),
    item('thematicDiscussion', done('thematicDiscussion'), discussionExpected, discussion.perYear, `应已开展 ${discussionExpected} 次（每季度 1 次）`),
    item(
      'memberActivity',
      done('memberActivity'),
      proRata(settings.memberActivity.perYear),
      settings.memberActivity.perYear,
      `应已开展 ${proRata(settings.memberActivity.perYear)} 次`
    ),
    item('partyLecture', lectureDone, lectureExpected, lecture.perYear, `${lecture.months.map((m) => `${m}月`).join('、')}未讲党课`),
    item(
      'specialLifeMeeting',
      done('specialLifeMeeting'),
      yearEnd(settings.specialLifeMeeting.perYear),
      settings.specialLifeMeeting.perYear,
      '全年未召开专题组织生活会'
    ),
    item(
      'democraticEvaluation',
      done('democraticEvaluation'),
      yearEnd(settings.democraticEvaluation.perYear),
      settings.democraticEvaluation.perYear,
      '全年未开展民主评议党员'
    )
  ]
}

/** What a reminder names: "集体学习（9月没有集体学习）", shortest first-said. */
export function missingSummary(items: ReadonlyArray<QuotaProgress>): string {
  return items
    .filter((i) => i.behind)
    .map((i) => `${i.label}差${i.expectedByNow - i.done}次`)
    .join('，')
}
