import { branchSecretaryNames, memberStatesUnder } from '../_shared/data/notices/branch-reads'
import { firstDate, DEFAULT_START_TIME } from '../_shared/domain/notices/calendar'
import { TZ } from '../_shared/domain/calendar'
import { noticeTitle } from '../_shared/domain/notices/message'
import { renderStudyRecord } from '../_shared/domain/notices/record'
import type { Caller } from '../_shared/domain/org/scope'
import { branchContext } from './branch'

const localTime = (at: Date): string => at.toLocaleString('zh-CN', { timeZone: TZ, hour12: false })

/** The branch's 学习教育记录, generated from what was recorded: time, place, form, organiser, attendance, content, answers. */
export async function exportRecord(caller: Caller, payload: { id: string; unitId: string }): Promise<{ fileName: string; base64: string }> {
  const { notice, unit, counters } = await branchContext(caller, payload.id, payload.unitId)
  const [states, secretaries] = await Promise.all([memberStatesUnder(notice._id, unit.path), branchSecretaryNames(unit._id)])
  const answered = states.filter((state) => state.submittedAt && state.answers).sort((a, b) => a.memberName.localeCompare(b.memberName, 'zh-CN'))
  const change = counters.scheduleChange
  const date = firstDate(notice.schedule)
  const secretaryNames = secretaries.join('、')
  const file = await renderStudyRecord({
    unitName: unit.name,
    noticeTitle: noticeTitle(notice),
    theme: notice.theme,
    time: change ? localTime(change.startAt) : date ? `${date} ${DEFAULT_START_TIME}` : '按学习安排',
    place: change?.place ?? '按支部安排',
    form: change?.form ?? '集中学习',
    organiser: secretaryNames ? `${unit.name}（书记 ${secretaryNames}）` : unit.name,
    assigned: counters.assigned,
    attended: counters.answered,
    materials: notice.materials.map((m) => m.title),
    questions: notice.discussion,
    answers: answered.map((state) => ({ name: state.memberName, text: (state.answers ?? []).join('\n') }))
  })
  return { fileName: `${unit.name}学习教育记录-${notice.year}年第${notice.issueNo}期.docx`, base64: file.toString('base64') }
}
