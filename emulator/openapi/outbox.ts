/**
 * WeChat open API calls land here instead of reaching WeChat. Subscribe messages are
 * checked the way WeChat checks them (required fields, per-type value limits), and a
 * test can make the next sends fail (e.g. 43101, the user refused) on purpose.
 * Every call is kept, failed ones too, with the result WeChat would have returned.
 */

export interface WxApiResult {
  errcode: number
  errmsg: string
  /** Set on a successful subscribe-message send, as WeChat does. */
  msgid?: number
}

export interface OutboxEntry {
  id: string
  apiName: string
  data: unknown
  /** ISO time of the call. */
  at: string
  result: WxApiResult
}

/** Names a subscribe-message send can arrive under: the HTTPS path, or the cloud-call name. */
const SUBSCRIBE_SEND = new Set(['/cgi-bin/message/subscribe/send', 'cgi-bin/message/subscribe/send', 'subscribeMessage.send'])

export function isSubscribeSend(apiName: string): boolean {
  return SUBSCRIBE_SEND.has(apiName.split('?')[0])
}

interface ValueRule {
  max: number
  /** What WeChat calls the limit, for the message. */
  what: string
  pattern?: RegExp
}

/**
 * Subscribe-message value limits by key prefix (`thing1` → `thing`), from WeChat's
 * documentation of the template data types. Lengths count characters.
 */
const VALUE_RULES: Record<string, ValueRule> = {
  thing: { max: 20, what: '20 个字符以内' },
  short_thing: { max: 5, what: '5 个字符以内' },
  phrase: { max: 5, what: '5 个以内汉字' },
  name: { max: 10, what: '10 个以内纯汉字或 20 个以内纯字母' },
  character_string: { max: 32, what: '32 位以内数字、字母或符号', pattern: /^[\x21-\x7e]+$/ },
  number: { max: 32, what: '32 位以内数字（可带小数）', pattern: /^-?\d+(\.\d+)?$/ },
  letter: { max: 32, what: '32 位以内字母', pattern: /^[A-Za-z]+$/ },
  symbol: { max: 5, what: '5 位以内符号' },
  phone_number: { max: 17, what: '17 位以内数字、符号' },
  car_number: { max: 8, what: '8 位以内车牌号' },
  amount: { max: 16, what: '1 个币种符号 + 10 位以内纯数字，可带小数，结尾可带“元”' },
  time: { max: 64, what: '24 小时制时间格式（支持 + 年月日）' },
  date: { max: 64, what: '年月日格式（支持 + 24 小时制时间）' }
}

function argumentInvalid(detail: string): WxApiResult {
  return { errcode: 47003, errmsg: `argument invalid! ${detail}` }
}

/** WeChat's checks on `/cgi-bin/message/subscribe/send`; null when the request passes. */
export function validateSubscribeMessage(requestData: unknown): WxApiResult | null {
  const req = (requestData ?? {}) as Record<string, unknown>
  if (typeof req !== 'object' || Array.isArray(req)) return argumentInvalid('request body must be a JSON object')
  if (typeof req.touser !== 'string' || req.touser === '') {
    return { errcode: 40003, errmsg: 'invalid openid (touser is required)' }
  }
  if (typeof req.template_id !== 'string' || req.template_id === '') {
    const hint = 'templateId' in req ? '; the HTTPS API spells it template_id' : ''
    return { errcode: 40037, errmsg: `invalid template_id (template_id is required${hint})` }
  }
  if (req.miniprogram_state !== undefined && !['developer', 'trial', 'formal'].includes(req.miniprogram_state as string)) {
    return argumentInvalid('miniprogram_state must be developer, trial or formal')
  }
  const data = req.data
  if (data === null || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
    return argumentInvalid('data is empty')
  }
  for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
    const raw = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>).value : undefined
    if (raw === undefined || raw === null || (typeof raw !== 'string' && typeof raw !== 'number')) {
      return argumentInvalid(`data.${key}.value is missing`)
    }
    const value = String(raw)
    if (value.trim() === '') return argumentInvalid(`data.${key}.value is empty`)
    const type = key.replace(/\d+$/, '')
    const rule = VALUE_RULES[type]
    if (!rule) continue
    const length = [...value].length
    let max = rule.max
    if (type === 'name' && /^[A-Za-z ]+$/.test(value)) max = 20
    if (length > max) {
      return argumentInvalid(`data.${key}.value exceeds limit: ${type} 只能是${rule.what}，实际 ${length} 个字符（"${value}"）`)
    }
    if (rule.pattern && !rule.pattern.test(value)) {
      return argumentInvalid(`data.${key}.value invalid: ${type} 只能是${rule.what}（"${value}"）`)
    }
  }
  return null
}

export interface OpenApiOutboxOptions {
  now?: () => Date
  /** Entries kept at most; the oldest go first (default 5000). */
  capacity?: number
}

export class OpenApiOutbox {
  private entries: OutboxEntry[] = []
  /** Pending injected failures; one with `apiName` waits for a call to that API (e.g. only msgSecCheck). */
  private failures: Array<{ errcode: number; errmsg: string; apiName?: string }> = []
  private seq = 0
  private msgid = 1_000_000_000
  private readonly now: () => Date
  private readonly capacity: number

  constructor(opts: OpenApiOutboxOptions = {}) {
    this.now = opts.now ?? (() => new Date())
    this.capacity = opts.capacity ?? 5000
  }

  /**
   * Records one call and returns what WeChat would: argument checks first (`check`:
   * another API's own, e.g. wxacode.ts), then an injected failure if one is pending
   * (WeChat checks arguments before the user's consent).
   */
  send(
    apiName: string,
    requestData: unknown,
    check?: (requestData: unknown) => WxApiResult | null,
    /** Only failures injected for this API by name apply (a content check is never failed by a failure meant for the next message). */
    namedFailuresOnly = false
  ): WxApiResult {
    let result: WxApiResult | null = isSubscribeSend(apiName) ? validateSubscribeMessage(requestData) : (check?.(requestData) ?? null)
    if (!result) {
      const base = apiName.split('?')[0]
      const index = this.failures.findIndex((f) => (f.apiName === undefined ? !namedFailuresOnly : f.apiName === base))
      const failure = index >= 0 ? this.failures.splice(index, 1)[0] : undefined
      if (failure) result = { errcode: failure.errcode, errmsg: failure.errmsg }
    }
    if (!result) {
      result = { errcode: 0, errmsg: 'ok' }
      if (isSubscribeSend(apiName)) result.msgid = ++this.msgid
    }
    this.entries.push({
      id: `msg-${++this.seq}`,
      apiName,
      data: requestData,
      at: this.now().toISOString(),
      result
    })
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity)
    return { ...result }
  }

  /** Every call so far, oldest first. */
  list(): OutboxEntry[] {
    return this.entries.slice()
  }

  /** Forgets the calls and any pending injected failures. */
  clear(): void {
    this.entries = []
    this.failures = []
  }

  /** The next `count` calls (to `apiName` only, when given) that pass the argument checks fail with this WeChat error. */
  failNext(count: number, errcode: number, errmsg: string, apiName?: string): void {
    for (let i = 0; i < count; i++) this.failures.push(apiName === undefined ? { errcode, errmsg } : { errcode, errmsg, apiName })
  }

  /** Injected failures not used yet. */
  pendingFailures(): number {
    return this.failures.length
  }
}
