import Taro from '@tarojs/taro'

/**
 * Answers being written are kept on this device only, per notice, until they
 * are submitted: closing the page or losing the network loses nothing, and
 * nothing unsent reaches the server.
 */
export function answerDraftKey(noticeId: string): string {
  return `ps.answerDraft.${noticeId}`
}

export function loadAnswerDraft(noticeId: string, questions: number): string[] | null {
  try {
    const stored: unknown = Taro.getStorageSync(answerDraftKey(noticeId))
    if (!Array.isArray(stored) || !stored.every((item) => typeof item === 'string')) return null
    return Array.from({ length: questions }, (_, i) => (stored[i] as string | undefined) ?? '')
  } catch {
    return null
  }
}

export function saveAnswerDraft(noticeId: string, answers: string[]): void {
  try {
    if (answers.some((answer) => answer.trim())) Taro.setStorageSync(answerDraftKey(noticeId), answers)
    else Taro.removeStorageSync(answerDraftKey(noticeId))
  } catch {
    // Storage full or disabled: the answers stay on screen, only not across restarts.
  }
}

export function clearAnswerDraft(noticeId: string): void {
  try {
    Taro.removeStorageSync(answerDraftKey(noticeId))
  } catch {
    // Nothing to clear.
  }
}
