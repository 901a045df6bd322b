/**
 * The instances of one function, as SCF scales them: an invocation goes to a
 * warm idle instance, else waits in the queue while new instances start (a few
 * at a time, up to a cap); a finished instance takes the next queued invocation
 * or waits warm. A rebuilt bundle is served by fresh instances.
 */
import type { FunctionConfig } from './config'
import { executeFail, exited, hostClosed, instanceStopped, loadFailed, timedOut } from './failures'
import { FunctionInstance, type Job, type LifecycleMessage } from './instance'
import type { LogSink } from './log-buffer'
import type { InvocationContext, ResultMessage, SerializedError } from './protocol'

/** How long an instance beyond the warm few stays warm after its last invocation. */
const SURPLUS_IDLE_MS = 60_000

export interface PoolLimits {
  /** Warm instances kept for good once a burst is over; the others stay warm SURPLUS_IDLE_MS. */
  maxIdle: number
  /** Instances at most; invocations beyond wait in the queue. */
  maxWorkers: number
  /** Instances starting at the same time: cold starts are CPU-bound. */
  maxStarts: number
}

/** What the pool needs from the host, for its one function. */
export interface PoolSettings {
  name: string
  bundlePath: string
  /** The bundle's mtime now. */
  generation: number
  limits: PoolLimits
  log: LogSink
  /** The function's config.json, read when needed: an edit applies to the next instance or invocation. */
  config: () => FunctionConfig
  /** The variables a new instance starts with. */
  instanceEnv: () => Record<string, string>
  /** The variables and SCF context of one invocation. */
  invocation: (job: Job, timeoutSeconds: number) => { env: Record<string, string>; context: InvocationContext }
}

export class InstancePool {
  readonly name: string
  /** Every live instance, whatever its state. */
  readonly instances = new Set<FunctionInstance>()
  /** Warm instances waiting, the most recently used last (it is taken first). */
  private readonly idle: FunctionInstance[] = []
  private readonly queue: Job[] = []
  private generation: number
  private closed = false

  constructor(private readonly settings: PoolSettings) {
    this.name = settings.name
    this.generation = settings.generation
  }

  /** The bundle's mtime now; a new one retires the idle instances of the old (busy ones go when they finish). */
  useGeneration(generation: number): void {
    if (generation === this.generation) return
    this.generation = generation
    for (const instance of this.idle.splice(0)) void this.retire(instance)
  }

  enqueue(job: Job): void {
    this.queue.push(job)
    this.dispatch()
  }

  /** Rejects what waits and stops every instance; resolves when all have terminated. */
  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(hostClosed())
    await Promise.all([...this.instances].map((instance) => this.retire(instance, hostClosed())))
  }

  private log(line: string, stream: 'stdout' | 'stderr' = 'stderr'): void {
    this.settings.log(this.name, line, stream)
  }

  private startingCount(): number {
    let count = 0
    for (const instance of this.instances) if (instance.state === 'starting') count++
    return count
  }

  /** Hands queued jobs to idle instances and starts new instances while jobs wait. */
  private dispatch(): void {
    while (this.queue.length > 0 && this.idle.length > 0) {
      const instance = this.idle.pop()
      const job = this.queue.shift()
      if (!instance || !job) break
      this.run(instance, job)
    }
    const starting = this.startingCount()
    const wanted = this.queue.length - starting
    const { maxStarts, maxWorkers } = this.settings.limits
    const room = Math.min(maxStarts - starting, maxWorkers - this.instances.size)
    for (let i = 0; i < Math.min(wanted, room); i++) this.start()
  }

  private start(): void {
    const instance: FunctionInstance = new FunctionInstance({
      setup: { bundlePath: this.settings.bundlePath, functionName: this.name },
      env: this.settings.instanceEnv(),
      generation: this.generation,
      log: (line, stream) => this.log(line, stream),
      onMessage: (message) => this.onMessage(instance, message),
      onError: (err) => {
        this.log(`实例异常退出：${err.stack ?? err.message}`)
        void this.retire(instance, executeFail(this.name, err))
      },
      onExit: (code) => void this.retire(instance, exited(this.name, code))
    })
    this.instances.add(instance)
  }

  private onMessage(instance: FunctionInstance, message: LifecycleMessage): void {
    // A retired instance's last words (a result racing its termination) change nothing.
    if (instance.state === 'retiring') return
    switch (message.type) {
      case 'ready':
        return this.onReady(instance, message.error)
      case 'result':
        return this.onResult(instance, message)
      case 'crash':
        // The instance dies, as an SCF instance would; whatever it was running fails with the error.
        this.log(`未捕获的错误：${message.error.stack ?? message.error.message}`)
        void this.retire(instance, executeFail(this.name, message.error))
        return
      default:
        return assertNever(message)
    }
  }

  private onReady(instance: FunctionInstance, loadError: SerializedError | null): void {
    instance.markReady()
    if (loadError) {
      this.log(`加载失败：${loadError.stack ?? loadError.message}`)
      // As on SCF, invocations fail with the load error; every queued one would load the
      // same bundle, so they all get it now instead of each starting an instance.
      const error = loadFailed(this.name, loadError.message)
      const jobs = instance.generation === this.generation ? this.queue.splice(0) : []
      for (const job of jobs) job.reject(error)
      void this.retire(instance)
      return
    }
    this.release(instance)
  }

  private onResult(instance: FunctionInstance, message: ResultMessage): void {
    const job = instance.finishInvocation(message.id)
    if (!job) return
    if (message.ok) {
      try {
        job.resolve(JSON.parse(message.json))
      } catch (err) {
        job.reject(executeFail(this.name, toError(err)))
      }
    } else {
      this.log(`调用出错：${message.error.stack ?? message.error.message}`)
      job.reject(executeFail(this.name, message.error))
    }
    this.release(instance)
  }

  /** An instance is free: it takes the next job, waits warm, or is retired (stale bundle, closing). */
  private release(instance: FunctionInstance): void {
    if (instance.state === 'retiring') return
    if (instance.generation !== this.generation || this.closed) {
      void this.retire(instance)
      this.dispatch()
      return
    }
    const job = this.queue.shift()
    if (job) {
      this.run(instance, job)
    } else {
      this.idle.push(instance)
      // As on SCF, instances stay warm a while after a burst (the next wave of a meeting's check-ins
      // finds them); beyond the few kept for good, each goes when it has been idle SURPLUS_IDLE_MS.
      const surplus = this.idle.length > this.settings.limits.maxIdle
      instance.park(surplus ? SURPLUS_IDLE_MS : undefined, () => void this.retire(instance))
    }
    this.dispatch()
  }

  private run(instance: FunctionInstance, job: Job): void {
    let timeout: number
    try {
      timeout = this.settings.config().timeout
    } catch (err) {
      job.reject(toError(err))
      this.release(instance)
      return
    }
    const { env, context } = this.settings.invocation(job, timeout)
    instance.startInvocation(job, { type: 'invoke', id: job.id, eventJson: job.eventJson, context, env }, timeout * 1000, () => {
      this.log(`调用超时（${timeout} 秒），实例已终止`)
      void this.retire(instance, timedOut(this.name, timeout))
    })
  }

  /** Removes an instance for good; its running job (if any) is rejected with `reason`. */
  private retire(instance: FunctionInstance, reason?: Error): Promise<number> {
    if (instance.state === 'retiring') return Promise.resolve(0)
    this.instances.delete(instance)
    const idleIndex = this.idle.indexOf(instance)
    if (idleIndex >= 0) this.idle.splice(idleIndex, 1)
    const { job, terminated } = instance.retire()
    if (job) job.reject(reason ?? instanceStopped(this.name))
    // Its place may go to a queued job: after the current call stack, so callers finish their bookkeeping first.
    if (!this.closed) queueMicrotask(() => this.dispatch())
    return terminated
  }
}

function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err))
}

function assertNever(message: never): never {
  throw new Error(`未处理的实例消息：${JSON.stringify(message)}`)
}
