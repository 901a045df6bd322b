/**
 * What the builds take from party-study.config.json: the subscribe-message
 * template ids (the functions through esbuild `define`, the mini-program through
 * Taro `defineConstants`, both as `__PS_TEMPLATE_IDS__`), and for the
 * mini-program its app id (project.config.json) and cloud env.
 *
 * A production build (the deploy's functions, `PS_ENV=… npm run build:weapp`)
 * refuses placeholders: WeChat would refuse every message (40037) and the
 * consent dialog would never show. Emulator builds keep the placeholders.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PLACEHOLDER_TEMPLATE_IDS, type TemplateName } from '../../cloudfunctions/_shared/domain/messaging/templates'
import { CONFIG_FILE, loadDeployConfig, type DeployConfig } from './config'
import { APP_ID, resolveEnvId } from './settings-check'
import { isPlaceholderTemplateId } from './templates-check'

export type TemplateIds = Record<TemplateName, string>

export const TEMPLATE_NAMES = Object.keys(PLACEHOLDER_TEMPLATE_IDS) as TemplateName[]

/** The configured id of every template the code sends; a template the config lacks keeps its placeholder and is a problem. */
export function templateIdsOf(config: DeployConfig): { ids: TemplateIds; problems: string[] } {
  const problems: string[] = []
  const ids = { ...PLACEHOLDER_TEMPLATE_IDS }
  for (const name of TEMPLATE_NAMES) {
    const configured = config.subscribeTemplates[name]
    if (configured) ids[name] = configured.templateId
    else problems.push(`${CONFIG_FILE} 缺少订阅消息模板 subscribeTemplates.${name}`)
  }
  return { ids, problems }
}

/** A production build stops with this; the message lists every problem in plain words. */
export class ProductionConfigError extends Error {
  constructor(what: string, problems: string[]) {
    super(`${what}拒绝使用占位或无效的配置（${CONFIG_FILE}，见 docs/deploy.md）：\n  - ${problems.join('\n  - ')}`)
    this.name = 'ProductionConfigError'
  }
}

function loadOrThrow(root: string, what: string, configFile?: string): DeployConfig {
  const loaded = loadDeployConfig(root, configFile)
  if (!loaded.config) throw new ProductionConfigError(what, loaded.errors)
  return loaded.config
}

function placeholderProblems(ids: TemplateIds): string[] {
  return TEMPLATE_NAMES.filter((name) => isPlaceholderTemplateId(ids[name])).map(
    (name) => `subscribeTemplates.${name}.templateId "${ids[name]}" 是占位符：在微信公众平台申请订阅消息模板后填入真实模板 ID`
  )
}

/** The ids a production build of the functions injects; throws ProductionConfigError on a placeholder or a missing template. */
export function productionTemplateIds(root: string, configFile?: string): TemplateIds {
  const what = '云函数生产构建'
  const { ids, problems } = templateIdsOf(loadOrThrow(root, what, configFile))
  const all = [...problems, ...placeholderProblems(ids)]
  if (all.length > 0) throw new ProductionConfigError(what, all)
  return ids
}

export interface WeappBuildSettings {
  production: boolean
  templateIds: TemplateIds
  /** The CloudBase env id `wx.cloud.init` gets; null: DevTools' default environment (development builds). */
  cloudEnv: string | null
  appId: string
}

/**
 * The mini-program build's settings. `PS_ENV` (an environment name of the
 * config, or an env id) makes it a production build for that environment:
 * real template ids, a real app id and a known env id are required.
 * Without it, a development build: the configured ids as they are, placeholders allowed.
 * `PS_CONFIG_FILE` (relative to the repo root) reads another config file.
 */
export function weappBuildSettings(root: string, env: Readonly<Record<string, string | undefined>> = process.env, configFile?: string): WeappBuildSettings {
  const target = env.PS_ENV?.trim() || undefined
  const what = target ? `小程序生产构建（PS_ENV=${target}）` : '小程序构建'
  const config = loadOrThrow(root, what, configFile ?? (env.PS_CONFIG_FILE?.trim() || undefined))
  const { ids, problems } = templateIdsOf(config)
  if (!target) {
    if (problems.length > 0) throw new ProductionConfigError(what, problems)
    return { production: false, templateIds: ids, cloudEnv: null, appId: config.wechatAppId }
  }
  const resolved = resolveEnvId(target, config)
  const all = [...problems, ...placeholderProblems(ids), ...resolved.errors]
  if (!APP_ID.test(config.wechatAppId)) all.push(`wechatAppId "${config.wechatAppId}" 是占位符或无效：填入小程序的 AppID（wx 加 16 位十六进制）`)
  if (all.length > 0 || !resolved.envId) throw new ProductionConfigError(what, all)
  return { production: true, templateIds: ids, cloudEnv: resolved.envId, appId: config.wechatAppId }
}

/**
 * project.config.json (what WeChat DevTools opens and uploads with) takes its
 * `appid` from the config: rewritten only when it differs, so a build with the
 * shipped files leaves git clean. Returns whether the file changed.
 */
export function syncProjectAppId(root: string, appId: string): boolean {
  const file = join(root, 'project.config.json')
  if (!existsSync(file)) return false
  const project = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  if (project.appid === appId) return false
  writeFileSync(file, `${JSON.stringify({ ...project, appid: appId }, null, 2)}\n`)
  return true
}

/** The Taro `defineConstants` of a mini-program build: strings of code, as webpack's DefinePlugin takes them. */
export function weappDefineConstants(settings: WeappBuildSettings): Record<string, string> {
  return {
    __PS_TEMPLATE_IDS__: JSON.stringify(settings.templateIds),
    ...(settings.cloudEnv ? { 'process.env.TARO_APP_CLOUD_ENV': JSON.stringify(settings.cloudEnv) } : {})
  }
}
