/**
 * The function host: runs each built function's `main(event, context)` as CloudBase
 * (SCF) does. Each worker thread is one instance: it loads the bundle once, runs one
 * invocation at a time and is kept warm for the next. The caller's identity reaches
 * the function through that thread's `process.env` and through `context`, exactly
 * the keys the platform sets, so `@cloudbase/node-sdk` inside the function
 * (`tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })`, `app.auth().getUserInfo()`,
 * `tcb.getCloudbaseContext(context)`) behaves as in production, and its requests go
 * to the emulator through `TCB_CONTEXT_CNFG`.
 */
import { randomUUID } from 'node:crypto'
import { FunctionClock } from './clock'
import { MEMORY_LIMIT_MB, invocationEnv, platformEnv } from './env'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { EmulatorError, ErrorCode } from '../core/errors'
import { DEFAULT_TIMEOUT_SECONDS, type FunctionConfig, parseFunctionConfig } from './config'
import type { CallerIdentity } from './identity'

export type { FunctionConfig, TriggerConfig } from './config'

export type { CallerIdentity } from './identity'

export type LogSink = (functionName: string, line: string, stream: 'stdout' | 'stderr') => void

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
   * cannot have its own), so by default the host sets `TZ=UTC` for this process.
   */
  keepProcessTimezone?: boolean
}

/** How long an instance beyond the warm few stays warm after its last invocation. */
const SURPLUS_IDLE_MS = 60_000

/**
 * CloudBase spreads a burst over many machines; the emulator has this one.
 * Instances beyond about two per core only take turns on the same cores (64
 * instances on 2 cores tripled the CPU of each call in the check-in burst of
 * `npm run bench`), so a burst waits in the queue instead.
 */
export function defaultMaxWorkers(): number {
  return Math.max(2, availableParallelism() * 2)
}
const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/
const WORKER_SCRIPT = join(__dirname, 'worker.cjs')

interface SerializedError {
  name: string
  message: string
  stack?: string
}

type WorkerMessage =
  | { type: 'ready'; error: SerializedError | null }
  | { type: 'result'; id: string; ok: true; json: string }
  | { type: 'result'; id: string; ok: false; error: SerializedError }
  | { type: 'crash'; id?: string; error: SerializedError }
  | { type: 'output'; stream: 'stdout' | 'stderr'; text: string }

interface Job {
  id: string
  eventJson: string
  identity: CallerIdentity
  resolve: (value: unknown) => void
  reject: (err: Error) => void
}

interface Instance {
  worker: Worker
  state: 'starting' | 'idle' | 'busy' | 'gone'
  generation: number
  job?: Job
  timer?: NodeJS.Timeout
  /** For an instance beyond the warm few: when it is retired if nothing uses it. */
  idleTimer?: NodeJS.Timeout
  /** Output not yet ended by a newline, per stream. */
  partial: { stdout: string; stderr: string }
}

interface Pool {
  name: string
  bundlePath: string
  /** mtime of the bundle the instances were started from; a rebuild starts fresh ones. */
  generation: number
  instances: Set<Instance>
  idle: Instance[]
  starting: number
  queue: Job[]
}

export class FunctionHost {
  private readonly pools = new Map<string, Pool>()
  private readonly configs = new Map<string, { mtimeMs: number; config: FunctionConfig }>()
  private readonly maxIdle: number
  private readonly maxWorkers: number
  private readonly maxStarts: number
  private readonly log: LogSink
  private readonly functionsDir: string
  private closed = false
  /** Settable by tests; real time unless set. */
  readonly clock = new FunctionClock()

  constructor(private readonly opts: FunctionHostOptions) {
    this.functionsDir = resolve(opts.functionsDir)
    this.maxIdle = opts.maxIdlePerFunction ?? 4
    this.maxWorkers = opts.maxWorkersPerFunction ?? defaultMaxWorkers()
    this.maxStarts = opts.maxConcurrentStarts ?? 4
    this.log = opts.log ?? defaultLog
    if (!opts.keepProcessTimezone && process.env.TZ !== 'UTC') {
      // Node resets its timezone when TZ is assigned on the main thread; workers started later inherit it.
      process.env.TZ = 'UTC'
    }
  }

  /** Names of the built functions (folders with an `index.js`, not starting with `_`). */
  list(): string[] {
    if (!existsSync(this.functionsDir)) return []
    return readdirSync(this.functionsDir, { withFileTypes: true })
      .filter(d => d.isDirectory() && !d.name.startsWith('_') && FUNCTION_NAME.test(d.name))
      .filter(d => existsSync(join(this.functionsDir, d.name, 'index.js')))
      .map(d => d.name)
      .sort()
  }

  /** The function's parsed `config.json` (defaults when absent). */
  config(name: string): FunctionConfig {
    const dir = this.functionDir(name)
    const file = join(dir, 'config.json')
    let mtimeMs = 0
    try {
      mtimeMs = statSync(file).mtimeMs
    } catch {
      return { timeout: DEFAULT_TIMEOUT_SECONDS, envVariables: {}, triggers: [], permissions: { openapi: [] } }
    }
    const cached = this.configs.get(name)
    if (cached && cached.mtimeMs === mtimeMs) return cached.config
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'))
    } catch (err) {
      throw new EmulatorError(ErrorCode.INTERNAL, `云函数 ${name} 的 config.json 不是有效的 JSON：${(err as Error).message}`)
    }
    let config: FunctionConfig
    try {
      config = parseFunctionConfig(raw, `云函数 ${name} 的 config.json`)
    } catch (err) {
      throw new EmulatorError(ErrorCode.INTERNAL, (err as Error).message)
    }
    this.configs.set(name, { mtimeMs, config })
    return config
  }

  /** Runs `main(event, context)` as `identity`; resolves with main's result after a JSON round trip. */
  invoke(name: string, event: unknown, identity: CallerIdentity): Promise<unknown> {
    if (this.closed) {
      return Promise.reject(new EmulatorError(ErrorCode.INTERNAL, '云函数宿主已关闭'))
    }
    let pool: Pool
    let eventJson: string
    try {
      pool = this.pool(name)
      this.config(name) // reject a broken config.json before running anything
      eventJson = JSON.stringify(event ?? {})
    } catch (err) {
      return Promise.reject(err)
    }
    return new Promise((resolve, reject) => {
      pool.queue.push({ id: randomUUID(), eventJson, identity, resolve, reject })
      this.dispatch(pool)
    })
  }

  /** Terminates every instance; pending and running invocations are rejected. */
  async close(): Promise<void> {
    this.closed = true
    const terminations: Promise<number>[] = []
    for (const pool of this.pools.values()) {
      for (const job of pool.queue.splice(0)) {
        job.reject(new EmulatorError(ErrorCode.INTERNAL, '云函数宿主已关闭'))
      }
      for (const instance of pool.instances) {
        terminations.push(this.retire(pool, instance, new EmulatorError(ErrorCode.INTERNAL, '云函数宿主已关闭')))
      }
    }
    this.pools.clear()
    await Promise.all(terminations)
  }

  private functionDir(name: string): string {
    if (typeof name !== 'string' || !FUNCTION_NAME.test(name) || name.startsWith('_')) {
      throw new EmulatorError(ErrorCode.FUNCTION_NOT_FOUND, `云函数不存在：${String(name)}`)
    }
    const dir = join(this.functionsDir, name)
    if (!existsSync(join(dir, 'index.js'))) {
      throw new EmulatorError(ErrorCode.FUNCTION_NOT_FOUND, `云函数不存在：${name}（${dir} 下没有 index.js，是否已运行 npm run build:functions？）`)
    }
    return dir
  }

  /** The function's pool; a changed bundle (rebuild) retires the idle instances of the old one. */
  private pool(name: string): Pool {
    const bundlePath = join(this.functionDir(name), 'index.js')
    const generation = statSync(bundlePath).mtimeMs
    let pool = this.pools.get(name)
    if (!pool) {
      pool = { name, bundlePath, generation, instances: new Set(), idle: [], starting: 0, queue: [] }
      this.pools.set(name, pool)
    } else if (pool.generation !== generation) {
      pool.generation = generation
      for (const instance of pool.idle.splice(0)) void this.retire(pool, instance)
    }
    return pool
  }

  /** Hands queued jobs to idle instances and starts new instances while jobs wait. */
  private dispatch(pool: Pool): void {
    while (pool.queue.length > 0 && pool.idle.length > 0) {
      const instance = pool.idle.pop() as Instance
      clearTimeout(instance.idleTimer)
      this.run(pool, instance, pool.queue.shift() as Job)
    }
    const wanted = pool.queue.length - pool.starting
    const room = Math.min(this.maxStarts - pool.starting, this.maxWorkers - pool.instances.size)
    for (let i = 0; i < Math.min(wanted, room); i++) this.start(pool)
  }

  private start(pool: Pool): void {
    const worker = new Worker(WORKER_SCRIPT, {
      workerData: { bundlePath: pool.bundlePath, functionName: pool.name },
      env: { ...this.config(pool.name).envVariables, ...this.opts.environment, ...platformEnv({ name: pool.name, env: this.opts.env, adminUrl: this.opts.adminUrl }) },
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB }
    })
    const instance: Instance = { worker, state: 'starting', generation: pool.generation, partial: { stdout: '', stderr: '' } }
    pool.instances.add(instance)
    pool.starting++

    worker.on('message', (msg: WorkerMessage) => this.onMessage(pool, instance, msg))
    worker.on('error', err => {
      this.log(pool.name, `实例异常退出：${err.stack ?? err.message}`, 'stderr')
      void this.retire(pool, instance, executeFail(pool.name, err))
    })
    worker.on('exit', code => {
      void this.retire(pool, instance, new EmulatorError(ErrorCode.FUNCTION_EXECUTE_FAIL, `云函数 ${pool.name} 执行出错：进程退出（exit code ${code}）`))
    })
  }

  private onMessage(pool: Pool, instance: Instance, msg: WorkerMessage): void {
    if (msg.type === 'output') {
      this.output(pool.name, instance, msg.stream, msg.text)
      return
    }
    if (msg.type === 'ready') {
      pool.starting--
      instance.state = 'idle'
      if (msg.error) {
        this.log(pool.name, `加载失败：${msg.error.stack ?? msg.error.message}`, 'stderr')
        // As on SCF, invocations fail with the load error; every queued one would load the
        // same bundle, so they all get it now instead of each starting an instance.
        const error = new EmulatorError(ErrorCode.FUNCTION_EXECUTE_FAIL, `云函数 ${pool.name} 加载失败：${msg.error.message}`)
        const jobs = instance.generation === pool.generation ? pool.queue.splice(0) : []
        for (const job of jobs) job.reject(error)
        void this.retire(pool, instance)
        return
      }
      this.release(pool, instance)
      return
    }
    const job = instance.job
    if (msg.type === 'crash') {
      // The instance dies, as an SCF instance would; whatever it was running fails with the error.
      this.log(pool.name, `未捕获的错误：${msg.error.stack ?? msg.error.message}`, 'stderr')
      void this.retire(pool, instance, executeFail(pool.name, msg.error))
      return
    }
    if (!job || msg.id !== job.id) return
    clearTimeout(instance.timer)
    instance.job = undefined
    if (msg.ok) {
      try {
        job.resolve(JSON.parse(msg.json))
      } catch (err) {
        job.reject(executeFail(pool.name, err as Error))
      }
    } else {
      this.log(pool.name, `调用出错：${msg.error.stack ?? msg.error.message}`, 'stderr')
      job.reject(executeFail(pool.name, msg.error))
    }
    this.release(pool, instance)
  }

  /** An instance is free: it takes the next job, waits warm, or is retired (surplus or stale bundle). */
  private release(pool: Pool, instance: Instance): void {
    if (instance.state === 'gone') return
    if (instance.generation !== pool.generation || this.closed) {
      void this.retire(pool, instance)
      this.dispatch(pool)
      return
    }
    const job = pool.queue.shift()
    if (job) {
      this.run(pool, instance, job)
    } else {
      instance.state = 'idle'
      // A warm instance alone does not keep the process alive; a busy one does (run() refs it).
      instance.worker.unref()
      pool.idle.push(instance)
      // As on SCF, instances stay warm a while after a burst (the next wave of a meeting's check-ins
      // finds them); beyond the few kept for good, each goes when it has been idle SURPLUS_IDLE_MS.
      if (pool.idle.length > this.maxIdle) {
        instance.idleTimer = setTimeout(() => {
          if (instance.state === 'idle') void this.retire(pool, instance)
        }, SURPLUS_IDLE_MS)
        instance.idleTimer.unref()
      }
    }
    this.dispatch(pool)
  }

  private run(pool: Pool, instance: Instance, job: Job): void {
    let timeout: number
    try {
      timeout = this.config(pool.name).timeout
    } catch (err) {
      job.reject(err as Error)
      this.release(pool, instance)
      return
    }
    instance.state = 'busy'
    instance.job = job
    instance.worker.ref()
    const { env: identityEnv, context } = invocationEnv({ name: pool.name, env: this.opts.env, appId: this.opts.appId }, job, timeout)
    const env = { ...identityEnv, ...this.clock.env() }
    instance.timer = setTimeout(() => {
      this.log(pool.name, `调用超时（${timeout} 秒），实例已终止`, 'stderr')
      void this.retire(
        pool,
        instance,
        new EmulatorError(
          ErrorCode.FUNCTION_TIMEOUT,
          `函数执行超时：云函数 ${pool.name} 超过 ${timeout} 秒未返回（Invoking task timed out after ${timeout} seconds）`
        )
      )
    }, timeout * 1000)
    instance.worker.postMessage({ type: 'invoke', id: job.id, eventJson: job.eventJson, context, env })
  }

  /** Removes an instance for good; its running job (if any) is rejected with `reason`. */
  private retire(pool: Pool, instance: Instance, reason?: Error): Promise<number> {
    if (instance.state === 'gone') return Promise.resolve(0)
    if (instance.state === 'starting') pool.starting--
    instance.state = 'gone'
    clearTimeout(instance.timer)
    clearTimeout(instance.idleTimer)
    for (const stream of ['stdout', 'stderr'] as const) {
      if (instance.partial[stream] !== '') this.log(pool.name, instance.partial[stream], stream)
      instance.partial[stream] = ''
    }
    pool.instances.delete(instance)
    const idleIndex = pool.idle.indexOf(instance)
    if (idleIndex >= 0) pool.idle.splice(idleIndex, 1)
    const job = instance.job
    instance.job = undefined
    if (job) job.reject(reason ?? new EmulatorError(ErrorCode.INTERNAL, `云函数 ${pool.name} 的实例已停止`))
    if (!this.closed) queueMicrotask(() => this.dispatch(pool))
    return instance.worker.terminate()
  }

  /** Forwards whole lines; a trailing partial line waits for its newline (or the instance's end). */
  private output(name: string, instance: Instance, stream: 'stdout' | 'stderr', text: string): void {
    const lines = (instance.partial[stream] + text).split('\n')
    instance.partial[stream] = lines.pop() ?? ''
    for (const line of lines) this.log(name, line, stream)
  }
}

function executeFail(name: string, err: { name?: string; message: string }): EmulatorError {
  const label = err.name && err.name !== 'Error' ? `${err.name}: ` : ''
  return new EmulatorError(ErrorCode.FUNCTION_EXECUTE_FAIL, `云函数 ${name} 执行出错：${label}${err.message}`)
}

const defaultLog: LogSink = (name, line, stream) => {
  ;(stream === 'stderr' ? process.stderr : process.stdout).write(`[fn:${name}] ${line}\n`)
}
