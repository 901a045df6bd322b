/**
 * A function's `config.json`, WeChat cloud style plus `timeout`:
 * `{ "timeout": 5, "permissions": { "openapi": ["subscribeMessage.send"] },
 *    "triggers": [{ "name": "remind", "type": "timer", "config": "0 0 9 * * * *" }] }`.
 * Validated the way a deploy would be, so a config that CloudBase would refuse
 * fails locally too (in the build and in the emulator).
 */
import { parseCron } from '../timers/cron'

/** CloudBase's default function timeout, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 3
export const MIN_TIMEOUT_SECONDS = 1
export const MAX_TIMEOUT_SECONDS = 60

export interface TriggerConfig {
  name: string
  type: string
  /** For `type: 'timer'`: the 7-field cron expression. */
  config: string
}

export interface FunctionConfig {
  /** Seconds, 1–60. */
  timeout: number
  /** CloudBase's per-function environment variables (settings, not secrets: those come from the environment's generated set). */
  envVariables: Record<string, string>
  triggers: TriggerConfig[]
  permissions: { openapi: string[] }
}

const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/

export class FunctionConfigError extends Error {
  constructor(source: string, reason: string) {
    super(`${source} 无效：${reason}`)
    this.name = 'FunctionConfigError'
  }
}

/** Validates parsed `config.json` content; `source` names the file in error messages. */
export function parseFunctionConfig(raw: unknown, source: string): FunctionConfig {
  const fail = (reason: string): never => {
    throw new FunctionConfigError(source, reason)
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('必须是 JSON 对象')
  const obj = raw as Record<string, unknown>

  let timeout = DEFAULT_TIMEOUT_SECONDS
  if (obj.timeout !== undefined) {
    if (typeof obj.timeout !== 'number' || !Number.isInteger(obj.timeout)) fail('timeout 必须是整数（秒）')
    timeout = obj.timeout as number
    if (timeout < MIN_TIMEOUT_SECONDS || timeout > MAX_TIMEOUT_SECONDS) {
      fail(`timeout 必须在 ${MIN_TIMEOUT_SECONDS}–${MAX_TIMEOUT_SECONDS} 秒之间，实际 ${timeout}`)
    }
  }

  const openapi: string[] = []
  if (obj.permissions !== undefined) {
    const permissions = obj.permissions as Record<string, unknown>
    if (permissions === null || typeof permissions !== 'object') fail('permissions 必须是对象')
    if (permissions.openapi !== undefined) {
      if (!Array.isArray(permissions.openapi) || permissions.openapi.some((a) => typeof a !== 'string')) {
        fail('permissions.openapi 必须是字符串数组')
      }
      openapi.push(...(permissions.openapi as string[]))
    }
  }

  const envVariables: Record<string, string> = {}
  if (obj.envVariables !== undefined) {
    const vars = obj.envVariables as Record<string, unknown>
    if (vars === null || typeof vars !== 'object' || Array.isArray(vars)) fail('envVariables 必须是对象')
    for (const [key, value] of Object.entries(vars)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) fail(`envVariables 的变量名 "${key}" 无效`)
      if (typeof value !== 'string') fail(`envVariables.${key} 必须是字符串`)
      envVariables[key] = value as string
    }
  }

  const triggers: TriggerConfig[] = []
  if (obj.triggers !== undefined) {
    if (!Array.isArray(obj.triggers)) fail('triggers 必须是数组')
    const seen = new Set<string>()
    for (const [i, t] of (obj.triggers as unknown[]).entries()) {
      const trigger = t as Record<string, unknown>
      if (trigger === null || typeof trigger !== 'object') fail(`triggers[${i}] 必须是对象`)
      const { name, type, config } = trigger
      if (typeof name !== 'string' || !TRIGGER_NAME.test(name)) {
        fail(`triggers[${i}].name 必须以字母开头，只含字母、数字、_ 和 -（最长 60）`)
      }
      if (seen.has(name as string)) fail(`触发器名称 "${name}" 重复`)
      seen.add(name as string)
      if (type !== 'timer') fail(`triggers[${i}].type 只支持 "timer"，实际 ${JSON.stringify(type)}`)
      if (typeof config !== 'string') fail(`triggers[${i}].config 必须是 cron 表达式字符串`)
      try {
        parseCron(config as string)
      } catch (err) {
        fail(`triggers[${i}]（${name}）：${(err as Error).message}`)
      }
      triggers.push({ name: name as string, type: 'timer', config: config as string })
    }
  }

  return { timeout, envVariables, triggers, permissions: { openapi } }
}
