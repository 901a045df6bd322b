import type { NoticeDraft, NoticeSummary } from '@contract/notices-api'
import type { UnitView } from '@contract/org'
import { noticeTitle } from '@/lib/notice-naming'
import { firstScheduledDate } from './format'
import type { NoticeForm } from './notice-form'
import { isWholeTree, reachOf, selectableUnits, targetIds } from './publish-targets'

/**
 * The pure parts of 导入学习安排: its steps, what the publish confirm says,
 * and how a reopened draft looks before it is saved again. No Taro, so jest
 * tests them; the state machine that uses them is useNoticeImport.
 */

export type ImportStep =
  | { name: 'input' }
  | { name: 'parsing'; source: string }
  | { name: 'edit'; source: string; warnings: string[]; reopened?: boolean }
  | { name: 'published'; title: string; branches: number; assigned: number }

/** What the confirm says, and what publish sends (no unitIds: the whole tree). */
export interface PublishPlan {
  unitIds: string[] | undefined
  names: string[]
  branches: number
  members: number
}

/** The plan for the chosen 发布范围; `selection` null (never changed) or everything selectable is the whole tree. */
export function planOf(units: UnitView[], scopeId: string, selection: ReadonlySet<string> | null): PublishPlan {
  const selectable = selectableUnits(units, scopeId)
  if (!selection || isWholeTree(selection, selectable)) return { unitIds: undefined, names: [], ...reachOf(units, [scopeId]) }
  const unitIds = targetIds(selection, selectable)
  const names = unitIds.map((id) => units.find((unit) => unit.id === id)?.name ?? id)
  return { unitIds, names, ...reachOf(units, unitIds) }
}

/** Up to three unit names, then "等 N 个组织", so the confirm stays short. */
export function namesText(names: string[]): string {
  return names.length <= 3 ? names.join('、') : `${names.slice(0, 3).join('、')}等 ${names.length} 个组织`
}

/** What the server holds for a reopened draft, as saveDraft would have answered. */
export function summaryOf(id: string, draft: NoticeDraft): NoticeSummary {
  return {
    id,
    title: noticeTitle(draft),
    year: draft.year,
    issueNo: draft.issueNo,
    theme: draft.theme,
    status: 'draft',
    correctedAt: null,
    withdrawnAt: null,
    firstDate: firstScheduledDate(draft.schedule),
    publishedAt: null
  }
}

/** The title the preview and the confirm show while year and issue are still being typed. */
export function previewTitle(form: Pick<NoticeForm, 'year' | 'issueNo'> | null): string {
  const year = Number(form?.year)
  const issueNo = Number(form?.issueNo)
  return year > 0 && issueNo > 0 ? noticeTitle({ year, issueNo }) : '学习教育安排（期号待补）'
}
