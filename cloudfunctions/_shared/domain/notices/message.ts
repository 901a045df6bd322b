import { NOTICE_DETAIL_PAGE } from '../../contract/notices-api'
import { SUBSCRIBE_TEMPLATES } from '../messaging'
/**
 * Subscribe messages (订阅消息) for study notices (fields fitted to their
 * kinds when sent: _shared/domain/messaging): one template, three uses.
 */
export const STUDY_TEMPLATE_ID = SUBSCRIBE_TEMPLATES.studyNotice.id

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
    page: `${NOTICE_DETAIL_PAGE}?id=${input.noticeId}`,
    data: {
      thing1: { value: input.title },
      time2: { value: input.date ?? '待定' },
      thing3: { value: input.note ? `${LEADS[kind]}：${input.note}` : LEADS[kind] }
    }
  }
}

export function noticeTitle(notice: { year: number; issueNo: number }): string {
  return `党员学习教育安排 ${notice.year}年第${notice.issueNo}期`
}
