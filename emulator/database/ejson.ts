import { BSONRegExp, EJSON } from 'bson'
import { ErrorCode, fail } from '../core/errors'

/** A stored document: plain JS values (Date, RegExp, numbers, strings, arrays, objects). */
export type Doc = Record<string, unknown> & { _id: string }

/**
 * Turns one of the SDK's canonical-EJSON strings into plain values that mingo
 * understands: numbers relaxed, `$regularExpression` as RegExp, and
 * `{ $tcb_server_date: { offset } }` as the server's clock plus offset.
 */
export function decodeEjson(text: unknown, field: string, now: () => Date): unknown {
  if (text === undefined || text === null || text === '') return undefined
  if (typeof text !== 'string') return normalise(text, now)
  let parsed: unknown
  try {
    parsed = EJSON.parse(text, { relaxed: true })
  } catch (error) {
    fail(ErrorCode.INVALID_PARAM, `${field} 不是合法的 EJSON：${(error as Error).message}`)
  }
  return normalise(parsed, now)
}

function normalise(value: unknown, now: () => Date): unknown {
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, value.options.replace(/[^gimsuy]/g, ''))
  if (Array.isArray(value)) return value.map((item) => normalise(item, now))
  if (isPlainObject(value)) {
    const serverDate = value.$tcb_server_date as { offset?: number } | undefined
    if (serverDate !== undefined && Object.keys(value).length === 1) {
      return new Date(now().getTime() + Number(serverDate.offset ?? 0))
    }
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = normalise(item, now)
    return out
  }
  return value
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Encodes a value the way CloudBase replies: canonical EJSON (the SDK parses it with bson). */
export function encodeEjson(value: unknown): string {
  return EJSON.stringify(value, { relaxed: false })
}

/** Reads a stored value back (log and snapshot lines use canonical EJSON too). */
export function parseStored<T>(text: string): T {
  return normalise(EJSON.parse(text, { relaxed: true }), () => new Date()) as T
}
