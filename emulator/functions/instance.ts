/**
 * One function instance: a worker thread running `worker.cjs` on one bundle,
 * one invocation at a time. It owns what belongs to one thread (its state, the
 * invocation it runs and that invocation's timeout, its idle timer, its output
 * buffer); which instance runs what is the pool's job (pool.ts).
 */
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { MEMORY_LIMIT_MB } from './env'
import type { CallerIdentity } from './identity'
import { LogBuffer } from './log-buffer'
import { type InvokeMessage, type OutputMessage, type OutputStream, type WorkerSetup, type WorkerToHost, isWorkerToHost } from './protocol'

const WORKER_SCRIPT = join(__dirname, 'worker.cjs')

/**
 * `starting`: loading the bundle. `idle`: warm, waiting for an invocation. `busy`:
 * running one. `retiring`: terminated or terminating, never used again.
 */
export type InstanceState = 'starting' | 'idle' | 'busy' | 'retiring'

/** One queued or running invocation. */
export interface Job {
  id: string
  eventJson: string
  identity: CallerIdentity
  resolve: (value: unknown) => void
  reject: (err: Error) => void
}

/** Every worker message the pool acts on; output the instance logs itself. */
export type LifecycleMessage = Exclude<WorkerToHost, OutputMessage>

export interface InstanceOptions {
  setup: WorkerSetup
  /** The thread's whole `process.env` (config, secrets, platform, TZ): nothing of the host's leaks in. */
  env: Record<string, string>
  /** The bundle's mtime when started; the pool replaces instances of an older one. */
  generation: number
  log: (line: string, stream: OutputStream) => void
  onMessage: (message: LifecycleMessage) => void
  /** The thread failed outside any message (out of memory, say). */
  onError: (error: Error) => void
  onExit: (code: number) => void
}

export class FunctionInstance {
  readonly generation: number
  private current: InstanceState = 'starting'
  private job: Job | undefined
  private invocationTimer: NodeJS.Timeout | undefined
  private idleTimer: NodeJS.Timeout | undefined
  private readonly output: LogBuffer
  private readonly worker: Worker

  constructor(private readonly options: InstanceOptions) {
    this.generation = options.generation
    this.output = new LogBuffer(options.log)
    this.worker = new Worker(WORKER_SCRIPT, {
      workerData: options.setup,
      env: options.env,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB }
    })
    this.worker.on('message', (message: unknown) => this.receive(message))
    this.worker.on('error', options.onError)
    this.worker.on('exit', options.onExit)
  }

  get state(): InstanceState {
    return this.current
  }

  /** The bundle loaded: the instance can take invocations. */
  markReady(): void {
    if (this.current === 'starting') this.current = 'idle'
  }

  /** Runs `message`'s invocation; `onTimeout` fires if no result arrives within `timeoutMs`. */
  startInvocation(job: Job, message: InvokeMessage, timeoutMs: number, onTimeout: () => void): void {
    clearTimeout(this.idleTimer)
    this.current = 'busy'
    this.job = job
    // A busy instance keeps the process alive until it answers; a warm one does not (see park).
    this.worker.ref()
    this.invocationTimer = setTimeout(onTimeout, timeoutMs)
    this.worker.postMessage(message)
  }

  /** The job a result with `id` ends, if it is the one running (a late result of a timed-out job is not). */
  finishInvocation(id: string): Job | undefined {
    const job = this.job
    if (!job || job.id !== id) return undefined
    clearTimeout(this.invocationTimer)
    this.job = undefined
    return job
  }

  /** Waits warm; with `retireAfterMs`, `onExpire` fires if it is still idle by then. */
  park(retireAfterMs: number | undefined, onExpire: () => void): void {
    clearTimeout(this.idleTimer)
    this.current = 'idle'
    this.worker.unref()
    if (retireAfterMs === undefined) return
    this.idleTimer = setTimeout(() => {
      if (this.current === 'idle') onExpire()
    }, retireAfterMs)
    this.idleTimer.unref()
  }

  /** Stops the instance for good; returns the job it was running, for the caller to reject. */
  retire(): { job: Job | undefined; terminated: Promise<number> } {
    this.current = 'retiring'
    clearTimeout(this.invocationTimer)
    clearTimeout(this.idleTimer)
    this.output.flush()
    const job = this.job
    this.job = undefined
    return { job, terminated: this.worker.terminate() }
  }

  private receive(message: unknown): void {
    // Function code can post to parentPort too: only the protocol's messages are acted on.
    if (!isWorkerToHost(message)) {
      this.options.log('实例发来了无法识别的消息，已忽略', 'stderr')
      return
    }
    if (message.type === 'output') this.output.write(message.stream, message.text)
    else this.options.onMessage(message)
  }
}
