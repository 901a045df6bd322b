import { pieces, worstSuggest, type CheckOutcome, type Scene, type Suggest } from '../../domain/moderation/text-check'
import { cloudApp } from '../client'

/** The open API's path (HTTPS `/wxa/msg_sec_check`; cloud call `security.msgSecCheck`). */
export const MSG_SEC_CHECK = '/wxa/msg_sec_check'

/** How long one piece's check may take before the text is kept unchecked (the functions' timeouts are 5–20 s). */
const PIECE_TIMEOUT_MS = 3000

const SUGGESTS: ReadonlySet<string> = new Set(['pass', 'review', 'risky'])

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`msgSecCheck 超过 ${ms} ms 未答复`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    )
  })
}

/** One piece (≤ 2500 characters) through the platform: its suggest, or why there is none. */
async function checkPiece(openid: string, scene: Scene, content: string): Promise<CheckOutcome> {
  try {
    const reply = (await withTimeout(
      cloudApp().callWxOpenApi({ apiName: MSG_SEC_CHECK, requestData: { version: 2, openid, scene, content } }),
      PIECE_TIMEOUT_MS
    )) as { result?: { errcode?: number; errmsg?: string; result?: { suggest?: string } } }
    const body = reply.result ?? {}
    const suggest = body.result?.suggest
    if ((body.errcode ?? 0) !== 0 || typeof suggest !== 'string' || !SUGGESTS.has(suggest)) {
      return { ok: false, reason: `errcode ${body.errcode ?? '?'} ${body.errmsg ?? 'no suggest'}` }
    }
    return { ok: true, suggest: suggest as Suggest }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * The whole text (its parts, in ≤ 2500-character pieces) through WeChat's
 * `security.msgSecCheck` v2, as the author (`openid`). The worst piece
 * decides; a piece that gets no answer leaves the text unchecked (the
 * caller keeps it held and a timer asks again). Pieces run one after the
 * other and stop at the first risky one.
 */
export async function checkText(openid: string, scene: Scene, parts: ReadonlyArray<string>): Promise<CheckOutcome> {
  const suggests: Suggest[] = []
  for (const piece of pieces(parts)) {
    const outcome = await checkPiece(openid, scene, piece)
    if (!outcome.ok) {
      console.warn(`[msgSecCheck] 未能检查：${outcome.reason}`)
      return outcome
    }
    suggests.push(outcome.suggest)
    if (outcome.suggest === 'risky') break
  }
  return { ok: true, suggest: worstSuggest(suggests) }
}
