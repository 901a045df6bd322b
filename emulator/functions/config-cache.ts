/**
 * Each function's `config.json`, parsed once per change: it is read on every
 * invocation (its timeout applies to the next call after an edit), so it is
 * re-parsed only when its mtime moves.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { EmulatorError, ErrorCode } from '../core/errors'
import { DEFAULT_TIMEOUT_SECONDS, type FunctionConfig, parseFunctionConfig } from './config'
import type { FunctionsFolder } from './functions-folder'

export class ConfigCache {
  private readonly entries = new Map<string, { mtimeMs: number; config: FunctionConfig }>()

  constructor(private readonly folder: FunctionsFolder) {}

  /** The function's parsed `config.json` (defaults when absent); INTERNAL when it is invalid, as a deploy would refuse it. */
  get(name: string): FunctionConfig {
    const file = join(this.folder.dir(name), 'config.json')
    let mtimeMs: number
    try {
      mtimeMs = statSync(file).mtimeMs
    } catch {
      return { timeout: DEFAULT_TIMEOUT_SECONDS, envVariables: {}, triggers: [], permissions: { openapi: [] } }
    }
    const cached = this.entries.get(name)
    if (cached && cached.mtimeMs === mtimeMs) return cached.config
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'))
    } catch (err) {
      throw new EmulatorError(ErrorCode.INTERNAL, `云函数 ${name} 的 config.json 不是有效的 JSON：${messageOf(err)}`)
    }
    let config: FunctionConfig
    try {
      config = parseFunctionConfig(raw, `云函数 ${name} 的 config.json`)
    } catch (err) {
      throw new EmulatorError(ErrorCode.INTERNAL, messageOf(err))
    }
    this.entries.set(name, { mtimeMs, config })
    return config
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
