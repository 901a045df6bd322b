/**
 * Fits a whole subscribe message just before it is sent: every field to its
 * kind (fields.ts), and the fields to the template's declared keys. A message
 * that cannot be fitted comes back with its problems and is not sent: WeChat
 * would answer 47003.
 */
import { fitValue, kindOfKey } from './fields'
import { keysOfTemplate } from './templates'

export type MessageData = Record<string, { value: string }>

export type FittedMessage<M extends { template_id: string; data: MessageData }> = { ok: true; message: M } | { ok: false; problems: string[] }

export function fitMessage<M extends { template_id: string; data: MessageData }>(message: M): FittedMessage<M> {
  const problems: string[] = []
  const declared = keysOfTemplate(message.template_id)
  const keys = Object.keys(message.data)
  if (declared) {
    const missing = declared.filter((k) => !keys.includes(k))
    const extra = keys.filter((k) => !declared.includes(k))
    if (missing.length) problems.push(`模板 ${message.template_id} 缺少字段 ${missing.join(', ')}`)
    if (extra.length) problems.push(`模板 ${message.template_id} 没有字段 ${extra.join(', ')}`)
  }
  const data: MessageData = {}
  for (const key of keys) {
    const kind = kindOfKey(key)
    if (!kind) {
      problems.push(`字段 ${key} 不是微信的参数类别`)
      continue
    }
    const fit = fitValue(kind, message.data[key].value)
    if (fit.ok) data[key] = { value: fit.value }
    else problems.push(`字段 ${key}：${fit.problem}`)
  }
  return problems.length ? { ok: false, problems } : { ok: true, message: { ...message, data } }
}
