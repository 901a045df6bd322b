/**
 * The functions part of the plan, read from the source of truth the build uses
 * (cloudfunctions/<name>/config.json, validated by the emulator's own parser).
 *
 * Route for triggers: the management API (@cloudbase/manager-node
 * `createFunctionTriggers`, the same as cloudbaserc.json's `triggers`), which
 * takes several timer triggers per function. WeChat DevTools' upload reads
 * config.json and allows only one, so the dashboard (four timers) must not be
 * uploaded from DevTools: docs/deploy.md says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_TIMEOUT_SECONDS, parseFunctionConfig, type FunctionConfig } from '../../emulator/functions/config'
import { SECRET_NAMES } from '../../cloudfunctions/_shared/runtime/secrets'
import { cronProblems } from './cron-check'
import type { FunctionPlan } from './types'

/** Enough for the Excel import/export bundles; CloudBase's own default is lower. */
export const DEFAULT_MEMORY_MB = 256
/** SCF's limit of triggers per function. */
export const MAX_TRIGGERS_PER_FUNCTION = 10

/** SCF memory sizes: 64, or 128 to 3072 in steps of 128. */
function memoryProblem(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'memorySize 必须是整数（MB）'
  if (value === 64 || (value >= 128 && value <= 3072 && value % 128 === 0)) return null
  return `memorySize ${value} 不是平台接受的值（64，或 128–3072 之间 128 的倍数）`
}

/** Function folders as the build finds them: not `_`-prefixed, with an index.ts. */
export function functionNames(root: string): string[] {
  const dir = join(root, 'cloudfunctions')
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(dir, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort()
}

function readRaw(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
}

export function planFunctions(root: string): { functions: FunctionPlan[]; errors: string[] } {
  const errors: string[] = []
  const functions = functionNames(root).map((name): FunctionPlan => {
    const source = `cloudfunctions/${name}/config.json`
    let raw: unknown = {}
    let config: FunctionConfig | null = null
    try {
      raw = readRaw(join(root, source))
      config = parseFunctionConfig(raw, source)
    } catch (err) {
      errors.push((err as Error).message)
    }
    const memory = (raw as { memorySize?: unknown } | null)?.memorySize
    let memorySize = DEFAULT_MEMORY_MB
    if (memory !== undefined) {
      const problem = memoryProblem(memory)
      if (problem) errors.push(`${source}：${problem}`)
      else memorySize = memory as number
    }
    const triggers = (config?.triggers ?? []).map((t) => ({ name: t.name, config: t.config }))
    for (const t of triggers) for (const p of cronProblems(t.config)) errors.push(`${name} 的定时触发器 ${t.name}：${p}`)
    if (triggers.length > MAX_TRIGGERS_PER_FUNCTION) {
      errors.push(`${name} 有 ${triggers.length} 个触发器，平台每个函数最多 ${MAX_TRIGGERS_PER_FUNCTION} 个`)
    }
    const settings = Object.keys(config?.envVariables ?? {})
    // A secret written into config.json would be in git: refuse it rather than ship it.
    for (const secret of SECRET_NAMES) {
      if (settings.includes(secret)) errors.push(`${source} 的 envVariables 含密钥 ${secret}：密钥由部署按环境生成，不能写进代码库`)
    }
    return {
      name,
      dir: `build/functions/${name}`,
      timeout: config?.timeout ?? DEFAULT_TIMEOUT_SECONDS,
      memorySize,
      triggers,
      envVariableNames: [...new Set([...settings, ...SECRET_NAMES])]
    }
  })
  if (functions.length === 0) errors.push('cloudfunctions/ 下没有找到任何云函数')
  return { functions, errors }
}

/** A function's own (non-secret) environment variables with their values, for the real deploy only. */
export function settingsVariables(root: string, name: string): Record<string, string> {
  const source = `cloudfunctions/${name}/config.json`
  return parseFunctionConfig(readRaw(join(root, source)), source).envVariables
}
