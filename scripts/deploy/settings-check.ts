/**
 * The rest of the config checks: which CloudBase env the deploy targets, the
 * WeChat app id (also in project.config.json, which DevTools and miniprogram-ci
 * upload with). quotaDefaults need no check here beyond the config's schema
 * (quotas.set's own): they are each 党委's initial quota settings, stored by
 * `admin bootstrap` and the deploy where none are set (../admin/quota-defaults.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ENV_ID, type DeployConfig } from './config'

/** Mini-program app ids: `wx` and 16 hex digits. `touristappid` is DevTools' stand-in. */
export const APP_ID = /^wx[0-9a-f]{16}$/

/**
 * `--env` names either an environment of the config (which then gives the env
 * id) or a CloudBase env id directly.
 */
export function resolveEnvId(arg: string | undefined, config: DeployConfig | null): { envId: string | null; errors: string[] } {
  if (!arg) return { envId: null, errors: ['缺少环境 ID：请用 --env <envId> 指定 CloudBase 环境'] }
  const named = config?.environments[arg]
  if (named) {
    return named.envId ? { envId: named.envId, errors: [] } : { envId: null, errors: [`环境 ${arg} 在 party-study.config.json 中还没有 envId`] }
  }
  if (!ENV_ID.test(arg)) return { envId: null, errors: [`环境 ID "${arg}" 无效：只能含小写字母、数字和 -`] }
  return { envId: arg, errors: [] }
}

export function settingsProblems(root: string, config: DeployConfig): string[] {
  const errors: string[] = []
  if (!APP_ID.test(config.wechatAppId)) {
    errors.push(`wechatAppId "${config.wechatAppId}" 是占位符或无效：填入小程序的 AppID（wx 加 16 位十六进制）`)
  } else {
    const projectFile = join(root, 'project.config.json')
    let project: { appid?: string } = {}
    try {
      if (existsSync(projectFile)) project = JSON.parse(readFileSync(projectFile, 'utf8')) as { appid?: string }
    } catch {
      // Reported below as a mismatch: a broken project file cannot be uploaded either.
    }
    if (project.appid !== config.wechatAppId) {
      errors.push(
        `project.config.json 的 appid "${project.appid ?? ''}" 与 wechatAppId 不一致：上传小程序用的是前者（npm run build:weapp 会按 wechatAppId 改写它）`
      )
    }
  }
  return errors
}
