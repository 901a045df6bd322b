/**
 * The function host: runs each built function's `main(event, context)` as CloudBase
 * (SCF) does. Each worker thread is one instance: it loads the bundle once, runs one
 * invocation at a time and is kept warm for the next. The caller's identity reaches
 * the function through that thread's `process.env` and through `context`, exactly
 * the keys the platform sets, so `@cloudbase/node-sdk` inside the function
 * (`tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })`, `app.auth().getUserInfo()`,
 * `tcb.getCloudbaseContext(context)`) behaves as in production, and its requests go
 * to the emulator through `TCB_CONTEXT_CNFG`.
 *
 * This class only ties the parts together: the functions on disk (functions-folder.ts),
 * their configs (config-cache.ts), one instance pool per function (pool.ts, instance.ts)
 * and what a function sees of the platform (env.ts).
 */
import { randomUUID } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { EmulatorError, ErrorCode } from '../core/errors'
import { FunctionClock } from './clock'
import type { FunctionConfig } from './config'
import { ConfigCache } from './config-cache'
import { invocationEnv, platformEnv } from './env'
import { hostClosed } from './failures'
import { FunctionsFolder } from './functions-folder'
import type { CallerIdentity } from './identity'
import { defaultLog, type LogSink } from './log-buffer'
import { InstancePool, type PoolLimits } from './pool'
import { FUNCTION_TIMEZONE, runsInFunctionTimezone } from './timezone'

export type { FunctionConfig, TriggerConfig } from './config'
export type { CallerIdentity } from './identity'
export type { LogSink } from './log-buffer'

export interface FunctionHostOptions {
  /** Built functions, `build/functions`: one folder per function with `index.js`. */
  functionsDir: string
  /** The emulator's SDK endpoint, e.g. `http://127.0.0.1:PORT/admin`. */
  adminUrl: string
  env: string
  appId: string
  /** Variables the deploy would set on every function (the generated secrets); added to the platform's own. */
  environment?: Record<string, string>
  /** Warm instances kept for good per function once a burst is over (default 4); the others stay warm a minute. */
  maxIdlePerFunction?: number
  /** Instances per function at most; invocations beyond wait in a queue (default: twice the cores, see `defaultMaxWorkers`). */
  maxWorkersPerFunction?: number
  /** Instances starting at the same time per function (default 4): cold starts are CPU-bound. */
  maxConcurrentStarts?: number
  /** Where function output goes; default: this process's stdout/stderr with a `[fn:<name>]` prefix. */
  log?: LogSink
  /**
   * The platform runs functions in UTC. Timezone is process-wide in Node (a worker
   * cannot have its own), so the process must run in UTC: the emulator's entry point
   * sets it (`useFunctionTimezone` in timezone.ts, called by `startEmulator`), and the
   * host refuses to start in another timezone unless this is set, in which case
   * functions run in the process's own timezone.
   */
  keepProcessTimezone?: boolean
}

/**
 * CloudBase spreads a burst over many machines; the emulator has this one.
 * Instances beyond about two per core only take turns on the same cores (64
 * instances on 2 cores tripled the CPU of each call in the check-in burst of
 * `npm run bench`), so a burst waits in the queue instead.
 */
export function defaultMaxWorkers(): number {
  return Math.max(2, availableParallelism() * 2)
}

export class FunctionHost {
  private readonly pools = new Map<string, InstancePool>()
  private readonly folder: FunctionsFolder
  private readonly configs: ConfigCache
  private readonly limits: PoolLimits
  private readonly log: LogSink
  private closed = false
  /** Settable by tests; real time unless set. */
  readonly clock = new FunctionClock()

  constructor(private readonly opts: FunctionHostOptions) {
    if (!opts.keepProcessTimezone && !runsInFunctionTimezone()) {
      throw new EmulatorError(
        ErrorCode.INTERNAL,
        `云函数在 UTC 时区运行，而本进程的时区是 ${Intl.DateTimeFormat().resolvedOptions().timeZone}：` +
          '请先调用 useFunctionTimezone()（emulator/functions/timezone.ts），或设置 keepProcessTimezone'
      )
    }
    this.folder = new FunctionsFolder(opts.functionsDir)
    this.configs = new ConfigCache(this.folder)
    this.limits = {
      maxIdle: opts.maxIdlePerFunction ?? 4,
      maxWorkers: opts.maxWorkersPerFunction ?? defaultMaxWorkers(),
      maxStarts: opts.maxConcurrentStarts ?? 4
    }
    this.log = opts.log ?? defaultLog
  }

  /** Names of the built functions (folders with an `index.js`, not starting with `_`). */
  list(): string[] {
    return this.folder.list()
  }

  /** The function's parsed `config.json` (defaults when absent). */
  config(name: string): FunctionConfig {
    return this.configs.get(name)
  }

  /** Runs `main(event, context)` as `identity`; resolves with main's result after a JSON round trip. */
  invoke(name: string, event: unknown, identity: CallerIdentity): Promise<unknown> {
    if (this.closed) return Promise.reject(hostClosed())
    let pool: InstancePool
    let eventJson: string
    try {
      pool = this.pool(name)
      this.config(name) // reject a broken config.json before running anything
      eventJson = JSON.stringify(event ?? {})
    } catch (err) {
      return Promise.reject(err)
    }
    return new Promise((resolve, reject) => pool.enqueue({ id: randomUUID(), eventJson, identity, resolve, reject }))
  }

  /** Terminates every instance; pending and running invocations are rejected. */
  async close(): Promise<void> {
    this.closed = true
    const closing = [...this.pools.values()].map((pool) => pool.close())
    this.pools.clear()
    await Promise.all(closing)
  }

  /**
   * TZ for an instance's env, saying what its clock does: a worker's clock follows the
   * process (see timezone.ts), which is UTC unless the caller kept its own timezone.
   */
  private timezoneEnv(): Record<string, string> {
    if (!this.opts.keepProcessTimezone) return { TZ: FUNCTION_TIMEZONE }
    return process.env.TZ === undefined ? {} : { TZ: process.env.TZ }
  }

  /** The function's pool; a changed bundle (rebuild) retires the idle instances of the old one. */
  private pool(name: string): InstancePool {
    const bundle = this.folder.bundle(name)
    const existing = this.pools.get(name)
    if (existing) {
      existing.useGeneration(bundle.mtimeMs)
      return existing
    }
    const { env, adminUrl, appId, environment } = this.opts
    const pool = new InstancePool({
      name,
      bundlePath: bundle.path,
      generation: bundle.mtimeMs,
      limits: this.limits,
      log: this.log,
      config: () => this.config(name),
      instanceEnv: () => ({ ...this.config(name).envVariables, ...environment, ...platformEnv({ name, env, adminUrl }), ...this.timezoneEnv() }),
      invocation: (job, timeoutSeconds) => {
        const { env: identityEnv, context } = invocationEnv({ name, env, appId }, job, timeoutSeconds)
        return { env: { ...identityEnv, ...this.clock.env() }, context }
      }
    })
    this.pools.set(name, pool)
    return pool
  }
}
