/**
 * `security.msgSecCheck` v2 (HTTPS `/wxa/msg_sec_check`, cloud call
 * `security.msgSecCheck`) answered deterministically, so tests and the demo
 * can reach each outcome with a word:
 *
 * - content containing `违规测试词` → `risky`;
 * - content containing `待审测试词` → `review`;
 * - anything else → `pass`.
 *
 * The request is checked the way WeChat checks it: `version` must be 2,
 * `openid` present (40003), `scene` 1–4 (40129, 1 资料, 2 评论, 3 论坛,
 * 4 社交日志), `content` a non-empty string (44002) of at most 2,500
 * characters (47001). The reply has WeChat's shape: `{ errcode, errmsg,
 * trace_id, result: { suggest, label }, detail: [...] }` (label 100 normal,
 * 20001 时政 for risky, 21000 其他 for review). Each call is recorded in the
 * outbox like every open-API call, and a failure injected for this API by
 * name (`failNext(…, '/wxa/msg_sec_check')`) makes the next check fail
 * instead; a failure injected for any API is left for the next message, so
 * tests that fail a send are not changed by a check in between.
 */
import type { OpenApiOutbox, WxApiResult } from './outbox'

const MSG_SEC_CHECK = new Set(['/wxa/msg_sec_check', 'wxa/msg_sec_check', 'security.msgSecCheck'])

export function isMsgSecCheck(apiName: string): boolean {
  return MSG_SEC_CHECK.has(apiName.split('?')[0])
}

export const RISKY_WORD = '违规测试词'
export const REVIEW_WORD = '待审测试词'
export const CONTENT_MAX = 2500

export type Suggest = 'pass' | 'review' | 'risky'

export interface MsgSecCheckReply extends WxApiResult {
  trace_id?: string
  result?: { suggest: Suggest; label: number }
  detail?: Array<{ strategy: string; errcode: number; suggest: Suggest; label: number; keyword?: string; prob?: number }>
}

/** WeChat's checks on the request; null when it passes. */
export function validateMsgSecCheck(requestData: unknown): WxApiResult | null {
  const req = (requestData ?? {}) as Record<string, unknown>
  if (typeof req !== 'object' || Array.isArray(req)) return { errcode: 47001, errmsg: 'data format error' }
  if (req.version !== 2) return { errcode: 47001, errmsg: 'data format error: version must be 2 (msgSecCheck 2.0)' }
  if (typeof req.openid !== 'string' || req.openid === '') return { errcode: 40003, errmsg: 'invalid openid' }
  if (![1, 2, 3, 4].includes(req.scene as number)) return { errcode: 40129, errmsg: 'invalid scene (1 资料, 2 评论, 3 论坛, 4 社交日志)' }
  if (typeof req.content !== 'string' || req.content === '') return { errcode: 44002, errmsg: 'empty post data (content)' }
  if ([...req.content].length > CONTENT_MAX) return { errcode: 47001, errmsg: `data format error: content 超过 ${CONTENT_MAX} 字` }
  return null
}

/** The deterministic verdict on a text. */
export function suggestFor(content: string): Suggest {
  if (content.includes(RISKY_WORD)) return 'risky'
  if (content.includes(REVIEW_WORD)) return 'review'
  return 'pass'
}

const LABEL: Record<Suggest, number> = { pass: 100, review: 21000, risky: 20001 }

/** The reply to one call, recorded in the outbox (with its result). */
export function msgSecCheck(outbox: OpenApiOutbox, apiName: string, requestData: unknown): MsgSecCheckReply {
  const result = outbox.send(apiName, requestData, validateMsgSecCheck, true)
  if (result.errcode !== 0) return result
  const content = (requestData as { content: string }).content
  const suggest = suggestFor(content)
  const keyword = suggest === 'risky' ? RISKY_WORD : suggest === 'review' ? REVIEW_WORD : undefined
  return {
    ...result,
    trace_id: `emulator-${Date.now().toString(36)}`,
    result: { suggest, label: LABEL[suggest] },
    detail: [
      { strategy: 'content_model', errcode: 0, suggest, label: LABEL[suggest], prob: suggest === 'pass' ? 0 : 90 },
      { strategy: 'keyword', errcode: 0, suggest, label: LABEL[suggest], ...(keyword ? { keyword } : {}) }
    ]
  }
}
