/**
 * Runs the timer triggers declared in each function's `config.json` (7-field cron,
 * Asia/Shanghai) as CloudBase does, and on demand for tests (`fire`). The function
 * gets CloudBase's timer event `{ Type: 'Timer', TriggerName, Time, Message }` and
 * no end-user identity (no OPENID; `TRIGGER_SRC=timer`).
 */
import { EmulatorError, ErrorCode } from '../core/errors'
import type { FunctionHost } from '../functions/host'
import { parseCron } from './cron'

export interface TimerInfo {
  functionName: string
  triggerName: string
  cron: string
  /** ISO time of the next fire, null when the expression has no future fire time. */
  next: string | null
}

export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  /** UTC, seconds precision, as CloudBase sends it: `2026-11-24T01:00:00Z`. */
  Time: string
  Message: string
}

export interface TimerSchedulerOptions {
  host: FunctionHost
  now?: () => Date
  log?: (line: string) => void
}

/** setTimeout's longest delay; longer waits are done in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1

export function timerEvent(triggerName: string, time: Date): TimerEvent {
  return { Type: 'Timer', TriggerName: triggerName, Time: time.toISOString().replace(/\.\d{3}Z$/, 'Z'), Message: '' }
}

export class TimerScheduler {
  private readonly host: FunctionHost
  private readonly now: () => Date
  private readonly log: (line: string) => void
  private readonly handles = new Map<string, NodeJS.Timeout>()
  private running = false

  constructor(opts: TimerSchedulerOptions) {
    this.host = opts.host
    this.now = opts.now ?? (() => new Date())
    this.log = opts.log ?? ((line) => console.log(line))
  }

  /** Arms every timer trigger; throws when a function's config.json is invalid. */
  start(): void {
    if (this.running) return
    const triggers = this.timerTriggers()
    this.running = true
    for (const { functionName, triggerName, cron } of triggers) this.arm(functionName, triggerName, cron, this.now())
  }

  stop(): void {
    this.running = false
    for (const handle of this.handles.values()) clearTimeout(handle)
    this.handles.clear()
  }

  list(): TimerInfo[] {
    const now = this.now()
    return this.timerTriggers().map((t) => ({ ...t, next: parseCron(t.cron).next(now)?.toISOString() ?? null }))
  }

  /** Runs the trigger now; resolves with main's result, rejects as `FunctionHost.invoke` does. */
  async fire(functionName: string, triggerName: string): Promise<unknown> {
    const trigger = this.host.config(functionName).triggers.find((t) => t.type === 'timer' && t.name === triggerName)
    if (!trigger) {
      throw new EmulatorError(ErrorCode.FUNCTION_NOT_FOUND, `云函数 ${functionName} 没有名为 ${triggerName} 的定时触发器`)
    }
    return await this.invoke(functionName, triggerName, this.now())
  }

  private timerTriggers(): Array<Omit<TimerInfo, 'next'>> {
    return this.host.list().flatMap((functionName) =>
      this.host
        .config(functionName)
        .triggers.filter((t) => t.type === 'timer')
        .map((t) => ({ functionName, triggerName: t.name, cron: t.config }))
    )
  }

  private async invoke(functionName: string, triggerName: string, time: Date): Promise<unknown> {
    return await this.host.invoke(functionName, timerEvent(triggerName, time), { source: 'timer' })
  }

  /** Sets a timeout for the first fire time after `after`; re-arms itself after each fire. */
  private arm(functionName: string, triggerName: string, cron: string, after: Date): void {
    const key = `${functionName}/${triggerName}`
    const next = parseCron(cron).next(after)
    if (!next || !this.running) return
    const delay = next.getTime() - this.now().getTime()
    const handle = setTimeout(
      () => {
        this.handles.delete(key)
        if (!this.running) return
        if (next.getTime() - this.now().getTime() > 0 && delay > MAX_DELAY_MS) {
          // Only a step of a long wait: wait on.
          this.arm(functionName, triggerName, cron, after)
          return
        }
        this.invoke(functionName, triggerName, next).then(
          () => this.log(`[timer] ${key} 已触发（${next.toISOString()}）`),
          (err: Error) => this.log(`[timer] ${key} 触发失败：${err.message}`)
        )
        // Re-arm from the scheduled time, not from now: a timeout firing a little early
        // must not fire the same slot twice.
        const from = Math.max(next.getTime(), this.now().getTime())
        this.arm(functionName, triggerName, cron, new Date(from))
      },
      Math.max(0, Math.min(delay, MAX_DELAY_MS))
    )
    handle.unref()
    this.handles.set(key, handle)
  }
}
