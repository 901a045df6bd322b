/**
 * Checks the configured subscribe templates against the code: every template
 * the code sends is configured, with exactly the field keys the code fills,
 * and with a real WeChat id. A placeholder (the repo ships `TEMPLATE_…`) is an
 * error: the deploy's build injects the configured ids into the functions
 * (template-ids.ts), and WeChat refuses a placeholder.
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
      errors.push(`party-study.config.json 缺少订阅消息模板 subscribeTemplates.${key}（${code.file} 发送它）`)
      continue
    }
    const keys = configured.fields.map((f) => f.key).sort()
    if (keys.join(',') !== code.keys.join(',')) {
      errors.push(`订阅消息模板 ${key} 的字段 ${keys.join(', ')} 与代码发送的字段 ${code.keys.join(', ')} 不一致（${code.file}）`)
    }
    if (isPlaceholderTemplateId(configured.templateId)) {
      errors.push(`订阅消息模板 ${key} 的 templateId "${configured.templateId}" 是占位符：在微信公众平台申请模板后填入真实模板 ID`)
    }
  }
  for (const key of Object.keys(config.subscribeTemplates)) {
    if (!inCode[key]) errors.push(`party-study.config.json 的 subscribeTemplates.${key} 没有被任何代码使用`)
  }
  return errors
}
