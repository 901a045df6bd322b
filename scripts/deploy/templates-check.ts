/**
 * Checks the configured subscribe templates against the code: every template
 * the code sends is configured, with exactly the field keys the code fills,
 * and with a real WeChat id. A placeholder (the repo ships `TEMPLATE_…`) is an
 * error, and so is a real id the code does not send yet: the functions still
 * use the id in their code, so a deploy would send messages that WeChat refuses.
 */
import type { DeployConfig } from './config'
import type { TemplateInCode } from './templates-in-code'

/** WeChat template ids are 43 URL-safe base64 characters; allow some slack, refuse the obvious placeholders. */
const REAL_TEMPLATE_ID = /^[A-Za-z0-9_-]{20,64}$/

export function isPlaceholderTemplateId(id: string): boolean {
  return /^TEMPLATE_/i.test(id) || !REAL_TEMPLATE_ID.test(id)
}

export function templateProblems(config: DeployConfig, inCode: Record<string, TemplateInCode>): string[] {
  const errors: string[] = []
  for (const [key, code] of Object.entries(inCode)) {
    const configured = config.subscribeTemplates[key]
    if (!configured) {
      errors.push(`party-study.config.json 缺少订阅消息模板 subscribeTemplates.${key}（代码发送 ${code.codeId}）`)
      continue
    }
    const keys = configured.fields.map((f) => f.key).sort()
    if (keys.join(',') !== code.keys.join(',')) {
      errors.push(`订阅消息模板 ${key} 的字段 ${keys.join(', ')} 与代码发送的字段 ${code.keys.join(', ')} 不一致（${code.file}）`)
    }
    if (isPlaceholderTemplateId(configured.templateId)) {
      errors.push(`订阅消息模板 ${key} 的 templateId "${configured.templateId}" 是占位符：在微信公众平台申请模板后填入真实模板 ID`)
    } else if (configured.templateId !== code.codeId) {
      errors.push(`订阅消息模板 ${key}：代码仍发送 "${code.codeId}"（${code.file}），云函数尚未读取配置中的 templateId`)
    }
  }
  for (const key of Object.keys(config.subscribeTemplates)) {
    if (!inCode[key]) errors.push(`party-study.config.json 的 subscribeTemplates.${key} 没有被任何代码使用`)
  }
  return errors
}
