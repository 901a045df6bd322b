/**
 * WeChat's subscribe-message field kinds and how a value is fitted to one.
 * The kind is the key without its number (`thing1` → thing, `time2` → time).
 * Source: WeChat's subscribeMessage.send, 订阅消息参数值内容限制说明 (see
 * docs/deploy.md). Lengths count Unicode code points. Free text (thing,
 * short_thing, name) is cut with "…"; kinds whose characters exclude "…" are
 * cut without it (phrase, letter, symbol) or with "..." (character_string);
 * values that cannot be cut honestly (a number, a phone number, an amount, a
 * time) are refused with a problem, so the message is not sent rather than
 * answered 47003.
 */
import { cut, lengthOf, oneLine } from './text'
import { fitTime } from './times'

export const FIELD_KINDS = [
  'thing',
  'short_thing',
  'phrase',
  'name',
  'character_string',
  'number',
  'letter',
  'symbol',
  'phone_number',
  'car_number',
  'amount',
  'time',
  'date'
] as const

export type FieldKind = (typeof FIELD_KINDS)[number]

export type Fit = { ok: true; value: string } | { ok: false; problem: string }

const ok = (value: string): Fit => ({ ok: true, value })
const refuse = (problem: string): Fit => ({ ok: false, problem })

/** The kind a key names (`thing1` → thing), or null for a key WeChat has no kind for. */
export function kindOfKey(key: string): FieldKind | null {
  const prefix = key.replace(/\d+$/, '')
  return (FIELD_KINDS as readonly string[]).includes(prefix) ? (prefix as FieldKind) : null
}

const HAN = /\p{Script=Han}/u
const PURE_LATIN_NAME = /^[A-Za-z\p{P}\p{S} ]+$/u

/** Whether a text is all of one pattern (checked per character). */
const only = (text: string, pattern: RegExp): boolean => [...text].every((c) => pattern.test(c))

const limited =
  (kind: string, max: number, pattern: RegExp, what: string) =>
  (value: string): Fit => {
    if (!only(value, pattern)) return refuse(`${kind} 只能是${what}`)
    return lengthOf(value) <= max ? ok(value) : refuse(`${kind} 最多 ${max} 位`)
  }

const FITTERS: Record<FieldKind, (value: string) => Fit> = {
  thing: (v) => ok(cut(v, 20)),
  short_thing: (v) => ok(cut(v, 5)),
  // 10 characters as a Chinese (or mixed) name, 20 as a pure Latin name.
  name: (v) => ok(cut(v, PURE_LATIN_NAME.test(v) && !HAN.test(v) ? 20 : 10)),
  // Only Chinese characters: others are dropped, the rest cut without "…" (not a Chinese character).
  phrase: (v) => {
    const han = [...v].filter((c) => HAN.test(c)).join('')
    return han ? ok(cut(han, 5, '')) : refuse('phrase 只能是 5 个以内汉字')
  },
  letter: (v) => (only(v, /[A-Za-z]/) ? ok(cut(v, 32, '')) : refuse('letter 只能是字母')),
  symbol: (v) => (only(v, /[^\p{L}\p{N}\s]/u) ? ok(cut(v, 5, '')) : refuse('symbol 只能是符号')),
  character_string: (v) => (only(v, /[\x21-\x7e]/) ? ok(cut(v, 32, '...')) : refuse('character_string 只能是数字、字母或符号')),
  number: (v) => (/^-?\d+(\.\d+)?$/.test(v) ? (lengthOf(v) <= 32 ? ok(v) : refuse('number 最多 32 位')) : refuse('number 只能是数字')),
  phone_number: limited('phone_number', 17, /[\d+\-() ]/, '数字、符号'),
  car_number: (v) =>
    /^[\p{Script=Han}A-Z0-9][A-Z0-9]*[\p{Script=Han}A-Z0-9]?$/u.test(v) && lengthOf(v) <= 8 ? ok(v) : refuse('car_number 只能是 8 位以内车牌号'),
  amount: (v) => (/^[¥￥$€£]?\d{1,10}(\.\d+)?元?$/u.test(v) ? ok(v) : refuse('amount 只能是币种符号加 10 位以内数字，可带小数，结尾可带“元”')),
  time: (v) => fitTime('time', v),
  date: (v) => fitTime('date', v)
}

/** Fits one value to its kind: one line, then the kind's characters and length. */
export function fitValue(kind: FieldKind, raw: string | number): Fit {
  const value = oneLine(String(raw))
  if (value === '') return refuse(`${kind} 不能为空`)
  return FITTERS[kind](value)
}
