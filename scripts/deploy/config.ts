/**
 * `party-study.config.json` at the repo root: the go-live settings that are not
 * code (the WeChat app id, the CloudBase env id of each environment, the
 * subscribe-message templates applied for in the WeChat console, the quota
 * defaults). One zod schema; the loader never throws, because a dry-run must
 * still print the plan when the file is wrong: problems come back as errors.
 *
 * The builds read it (template-ids.ts): the template ids are injected into the
 * functions and the mini-program, the app id into project.config.json, the env
 * id into the mini-program's `wx.cloud.init`. The deploy validates it and
 * reports every gap.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { FIELD_KINDS, type FieldKind } from '../../cloudfunctions/_shared/domain/messaging/fields'
import { schemas as dashboardSchemas } from '../../cloudfunctions/dashboard/schemas'

export const CONFIG_FILE = 'party-study.config.json'

// The value kinds of subscribe-message fields (`thing1`, `time2`…): one list, the functions' own.
export { FIELD_KINDS, type FieldKind }

const fieldSchema = z
  .object({
    key: z.string().regex(/^[a-z_]+\d+$/, 'key 应是类型加序号，如 thing1'),
    kind: z.enum(FIELD_KINDS),
    /** The field's title in the WeChat template (e.g. 会议时间): what to look for when applying. */
    label: z.string().min(1)
  })
  .strict()
  .refine((f) => f.key.replace(/\d+$/, '') === f.kind, { message: 'key 的前缀必须与 kind 一致（thing1 对应 thing）' })

const templateSchema = z
  .object({
    /** The id WeChat gives the template once it is added to the mini-program (公共模板库 → 选用). */
    templateId: z.string().min(1),
    /** The template's title in WeChat's library. */
    title: z.string().min(1),
    fields: z.array(fieldSchema).min(1)
  })
  .strict()

/** CloudBase env ids are lowercase letters, digits and hyphens (e.g. `prod-3g7x2c1d0a9b8e7f`). */
export const ENV_ID = /^[a-z0-9][a-z0-9-]{2,62}$/

const environmentSchema = z
  .object({
    /** Optional: an environment may be declared before its CloudBase env exists. */
    envId: z.string().regex(ENV_ID, 'envId 只能含小写字母、数字和 -').optional(),
    /** The PC console's domains (the static hosting's default domain or your own): the web SDK's 安全域名. */
    consoleDomains: z.array(z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, 'consoleDomains 只写域名（可带端口），不带 https:// 和路径')).optional()
  })
  .strict()

export const deployConfigSchema = z
  .object({
    $schema: z.string().optional(),
    wechatAppId: z.string().min(1),
    environments: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/), environmentSchema),
    subscribeTemplates: z.record(z.string(), templateSchema),
    /** The same shape `quotas.set` accepts (the dashboard's own schema). */
    quotaDefaults: dashboardSchemas['quotas.set'].shape.settings.optional()
  })
  .strict()

export type DeployConfig = z.infer<typeof deployConfigSchema>
export type SubscribeTemplateConfig = z.infer<typeof templateSchema>

export interface LoadedConfig {
  config: DeployConfig | null
  errors: string[]
}

/** Reads and validates the config file; problems are returned, never thrown. */
export function loadDeployConfig(root: string, file = CONFIG_FILE): LoadedConfig {
  const path = join(root, file)
  if (!existsSync(path)) return { config: null, errors: [`缺少配置文件 ${file}（见 docs/deploy.md）`] }
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    return { config: null, errors: [`${file} 不是有效的 JSON：${(err as Error).message}`] }
  }
  const parsed = deployConfigSchema.safeParse(raw)
  if (!parsed.success) {
    return {
      config: null,
      errors: parsed.error.issues.map((issue) => `${file} ${issue.path.map(String).join('.') || '(根)'}：${issue.message}`)
    }
  }
  return { config: parsed.data, errors: [] }
}
