import { localDay } from '../calendar'
import { firstDate } from './calendar'

/** A notice's later life, pure: is it in the past, may it be withdrawn, what a correction changes. The clock is passed in. */

/** Its study day (the first scheduled date) is before today (Asia/Shanghai): publishing it reaches members too late. */
export function studyDayPassed(schedule: ReadonlyArray<{ date: string | null }>, now: Date): boolean {
  const first = firstDate(schedule)
  return first !== null && first < localDay(now)
}

/** 撤回 is possible until the study day: on the day itself branches are already studying. */
export function withdrawAllowed(schedule: ReadonlyArray<{ date: string | null }>, now: Date): boolean {
  const first = firstDate(schedule)
  return first === null || localDay(now) < first
}

export interface CorrectableTexts {
  theme: string
  materials: ReadonlyArray<{ title: string; fullText: string | null }>
  discussion: readonly string[]
}

/**
 * What a correction changes, as members read it ("主题", "学习材料 2", "讨论题 1"),
 * or a refusal: a correction fixes texts, it does not add or remove a
 * material or a question (answers stay with their question).
 */
export function correctionChanges(current: CorrectableTexts, next: CorrectableTexts): { changed: string[] } | { refused: string } {
  if (next.materials.length !== current.materials.length) return { refused: `更正不能增删学习材料（现有 ${current.materials.length} 份）` }
  if (next.discussion.length !== current.discussion.length) return { refused: `更正不能增删讨论题（现有 ${current.discussion.length} 个）` }
  const changed: string[] = []
  if (next.theme !== current.theme) changed.push('主题')
  next.materials.forEach((material, index) => {
    const before = current.materials[index]
    if (material.title !== before.title || (material.fullText ?? null) !== (before.fullText ?? null)) changed.push(`学习材料 ${index + 1}`)
  })
  next.discussion.forEach((question, index) => {
    if (question !== current.discussion[index]) changed.push(`讨论题 ${index + 1}`)
  })
  if (changed.length === 0) return { refused: '没有需要更正的内容' }
  return { changed }
}

/** The text to paste into the branch's WeChat group for those a message did not reach. */
export function groupText(input: { title: string; date: string | null; names: readonly string[]; link: string; kind: 'push' | 'remind' }): string {
  const lead = input.kind === 'push' ? `【学习通知】${input.title}已下发` : `【催办】${input.title}的学习讨论尚未提交`
  const when = input.date ? `，学习日期 ${input.date}` : ''
  const who = input.names.length > 0 ? `\n请以下同志查看：${input.names.map((name) => `@${name}`).join(' ')}` : ''
  return `${lead}${when}。打开小程序“党员学习教育”查看学习材料并提交学习讨论。${who}\n${input.link}`
}
