/** A member's own answers and read receipts: pure rules, decided on the state as last read. */

/** Answers may change until the branch accepts them, and until the answer deadline (none: always). */
export function answersEditable(answerDeadline: Date | null, reviewStatus: string | null | undefined, at: Date): boolean {
  if (reviewStatus === 'accepted') return false
  return answerDeadline === null || at.getTime() <= answerDeadline.getTime()
}

/** Why answers can no longer change (only asked once `answersEditable` said no). */
export const answersClosedMessage = (reviewStatus: string | null | undefined): string =>
  reviewStatus === 'accepted' ? '回答已被支部批阅，不能再修改' : '已过提交截止时间'

/** The materials read after this tap: each once, in order. */
export function withMaterialRead(readMaterials: readonly number[], index: number): number[] {
  return [...new Set([...readMaterials, index])].sort((a, b) => a - b)
}
