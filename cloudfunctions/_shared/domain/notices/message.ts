/**
 * Subscribe messages (订阅消息) for study notices, within WeChat's field limits
 * (thing ≤ 20 characters, time as a date): one template, three uses.
 */
export const STUDY_TEMPLATE_ID = 'TEMPLATE_STUDY_NOTICE'

const clip = (text: string, max: number): string => ([...text].length <= max ? text : [...text].slice(0, max - 1).join('') + '…')

export type MessageKind = 'published' | 'remind' | 'reviewed' | 'withdrawn'

const LEADS: Record<MessageKind, string> = {
  published: '新的学习安排',
  remind: '请完成学习讨论',
  reviewed: '学习讨论已批阅',
  withdrawn: '该期学习安排已撤回'
}

export function studyMessage(kind: MessageKind, input: { openId: string; noticeId: string; title: string; date: string | null; note?: string }) {
  return {
    touser: input.openId,
    template_id: STUDY_TEMPLATE_ID,
    page: `packages/notices/pages/detail/index?id=${input.noticeId}`,
    data: {
      thing1: { value: clip(input.title, 20) },
      time2: { value: input.date ?? '待定' },
      thing3: { value: clip(input.note ? `${LEADS[kind]}：${input.note}` : LEADS[kind], 20) }
    }
  }
}

export function noticeTitle(notice: { year: number; issueNo: number }): string {
  return `党员学习教育安排 ${notice.year}年第${notice.issueNo}期`
}
