import mammoth from 'mammoth'
import type { NoticeDraft, NoticeSummary } from '../_shared/contract/notices-api'
import type { ParsedNotice } from '../_shared/contract/notices'
import { guardCapability } from '../_shared/access/caller'
import { saveDraftDoc } from '../_shared/data/notices/draft-writes'
import { findNotice, loadNotice } from '../_shared/data/notices/notice-reads'
import type { NoticeDoc } from '../_shared/data/notice-docs'
import { managedScopes } from '../_shared/domain/org/authorize'
import type { Caller } from '../_shared/domain/org/scope'
import { defaultAnswerDeadline } from '../_shared/domain/notices/calendar'
import { parseNotice } from '../_shared/domain/notices/parse'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { noticeSummary } from './views'

/** The committee the caller plans notices for (the 组织部's scope). */
export function publishingScope(caller: Caller): string {
  const scope = managedScopes(caller).find((s) => s.capabilities.includes('notices.publish'))
  if (!scope) throw new AppFailure(AppErrorCode.FORBIDDEN, '只有党委组织部可以编发学习安排')
  return scope.unitPath
}

export async function parseNoticeInput(caller: Caller, payload: { text?: string; docxBase64?: string }): Promise<ParsedNotice> {
  publishingScope(caller)
  if (payload.text) return parseNotice(payload.text)
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(payload.docxBase64 ?? '', 'base64') })
    return parseNotice(value)
  } catch {
    throw new AppFailure(AppErrorCode.INVALID_INPUT, '文件无法读取：请上传 .docx 文件，或直接粘贴文本')
  }
}

/** Saves a draft; the id comes from the issue number, so saving twice edits one draft. */
export async function saveDraft(caller: Caller, payload: { id?: string; draft: NoticeDraft }): Promise<NoticeSummary> {
  const ownerPath = publishingScope(caller)
  const id = payload.id ?? `n-${payload.draft.year}-${payload.draft.issueNo}`
  const previous = await findNotice(id)
  if (previous) {
    guardCapability(caller, 'notices.publish', [previous.ownerPath])
    if (previous.status === 'published') throw new AppFailure('ALREADY_PUBLISHED', '该期学习安排已发布，不能再修改')
  }
  const at = now()
  const { answerDeadline, ...draft } = payload.draft
  const notice: NoticeDoc = {
    ...draft,
    _id: id,
    status: 'draft',
    answerDeadline: answerDeadline ? new Date(answerDeadline) : defaultAnswerDeadline(draft.schedule),
    ownerPath: previous?.ownerPath ?? ownerPath,
    targetUnitIds: [],
    createdBy: previous?.createdBy ?? caller.memberId,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
    publishedAt: null
  }
  await saveDraftDoc(notice)
  return noticeSummary(notice)
}

export async function getDraft(caller: Caller, id: string): Promise<{ id: string; draft: NoticeDraft }> {
  const notice = await loadNotice(id)
  guardCapability(caller, 'notices.publish', [notice.ownerPath])
  if (notice.status !== 'draft') throw new AppFailure('ALREADY_PUBLISHED', '该期学习安排已发布，不能再修改')
  const { year, issueNo, compiledBy, publishedOn, schedule, theme, purpose, materials, discussion, requirements } = notice
  return {
    id,
    draft: {
      year,
      issueNo,
      compiledBy,
      publishedOn,
      schedule,
      theme,
      purpose,
      materials,
      discussion,
      requirements,
      answerDeadline: notice.answerDeadline?.toISOString() ?? null
    }
  }
}
