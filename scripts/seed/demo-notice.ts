import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { NoticeDraft } from '../../cloudfunctions/_shared/contract/notices-api'
import { parseNotice } from '../../cloudfunctions/_shared/domain/notices/parse'
import { ROOT } from '../../emulator/core/constants'

const SEED_NOTICE = path.join(ROOT, 'test/fixtures/seeds/002_74dd3f072b865436.txt')

/** A local date `days` from `now` in Asia/Shanghai. */
function shanghaiDay(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10)
}

/**
 * The real 2020年第3期 notice, moved to this year and a week ahead, so a fresh
 * `npm start` has something to read, answer and review.
 */
export function demoNoticeDraft(now = new Date()): NoticeDraft {
  const parsed = parseNotice(readFileSync(SEED_NOTICE, 'utf8'))
  const studyDay = shanghaiDay(now, 7)
  return {
    year: Number(studyDay.slice(0, 4)),
    issueNo: parsed.issueNo ?? 1,
    compiledBy: parsed.compiledBy ?? '党委组织部',
    publishedOn: shanghaiDay(now, 0),
    schedule: parsed.schedule.map((row) => ({ ...row, date: studyDay, weekday: null })),
    theme: parsed.theme ?? '',
    purpose: parsed.purpose ?? '',
    materials: parsed.materials,
    discussion: parsed.discussion,
    requirements: parsed.requirements,
    answerDeadline: null
  }
}

/**
 * Drafts and publishes it the way the 组织部 would, through the notices
 * function and the gateway (so the counters are the real ones). Publishing
 * an issue that is already out is not an error here.
 */
export async function seedDemoNotice(emulatorUrl: string, orgDepartmentOpenId: string): Promise<string> {
  const call = async (action: string, payload: unknown): Promise<{ ok: boolean; data?: { id: string }; error?: { code: string; message: string } }> => {
    const response = await fetch(`${emulatorUrl}/gateway/functions/notices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-openid': orgDepartmentOpenId },
      body: JSON.stringify({ action, payload })
    })
    return ((await response.json()) as { result: { ok: boolean; data?: { id: string }; error?: { code: string; message: string } } }).result
  }
  const draft = await call('notices.saveDraft', { draft: demoNoticeDraft() })
  if (!draft.ok && draft.error?.code !== 'ALREADY_PUBLISHED') throw new Error(`演示学习安排写入失败：${draft.error?.message}`)
  if (!draft.ok) return '已存在'
  const published = await call('notices.publish', { id: draft.data?.id })
  if (!published.ok) throw new Error(`演示学习安排发布失败：${published.error?.message}`)
  return draft.data?.id ?? ''
}
