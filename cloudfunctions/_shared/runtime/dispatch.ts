import type { ZodType } from 'zod'
import type { Result } from '../contract/envelope'
import type { ExactFunctionTable } from '../contract/function-table'
import type { ContractActions, FunctionName } from '../contract/functions'
import { timerTrigger } from '../access/timer'
import { AppErrorCode, AppFailure } from './errors'
import { PayloadTooDeep, stripControlsDeep } from '../domain/text/controls'

export interface ActionDefinition<P, R> {
  /** Validates the payload before anything else runs. */
  payload: ZodType<P>
  run(payload: P): Promise<R>
}

/** Declares an action; the payload type comes from its schema, so `run` is checked against it. */
export function action<P, R>(payload: ZodType<P>, run: (payload: P) => Promise<R>): ActionDefinition<P, R> {
  return { payload, run }
}

// The table maps action names to definitions of different payload types; `any` here only erases that variance.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ActionTable = Record<string, ActionDefinition<any, unknown>> // any: heterogeneous payload types per action

/** What a timer trigger runs; its result goes to the platform's log, not to a client. */
export type TimerHandler = () => Promise<unknown>

export interface FunctionDefinition<F extends FunctionName, Table extends ActionTable> {
  /** The function's deployed name: its table must serve exactly that contract's actions, with their result types. */
  contract: F
  actions: ExactFunctionTable<ContractActions[F], Table>
  /** By trigger name, as config.json declares it: a name not listed here never runs anything. */
  timers?: Record<string, TimerHandler>
}

/** A cloud function's entry, typed against its contract (see FunctionDefinition); the runtime is `functionEntry`. */
export function defineFunction<F extends FunctionName, Table extends ActionTable>({
  actions,
  timers = {}
}: FunctionDefinition<F, Table>): (event: unknown) => Promise<unknown> {
  return functionEntry(actions as ActionTable, timers)
}

/**
 * The entry at run time. A timer runs only when the platform itself started
 * the invocation from a timer trigger (access/timer.ts): a client sending a
 * timer-shaped event gets the action dispatch, which refuses it.
 */
export function functionEntry(actions: ActionTable, timers: Record<string, TimerHandler>): (event: unknown) => Promise<unknown> {
  const dispatch = dispatchActions(actions)
  return async (event) => {
    const trigger = timerTrigger(event)
    if (trigger !== null && Object.prototype.hasOwnProperty.call(timers, trigger)) return timers[trigger]()
    return dispatch(event)
  }
}

/**
 * The actions' side: clean (control characters out of every string) →
 * validate → run the action's use case → typed result. Authorisation happens
 * inside each use case, against the caller the platform injected (never the
 * request body).
 */
function dispatchActions(actions: ActionTable): (event: unknown) => Promise<Result<unknown>> {
  return async (event) => {
    try {
      const { action, payload } = readEvent(event)
      const definition = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined
      if (!definition) throw new AppFailure(AppErrorCode.UNKNOWN_ACTION, `不支持的操作：${action}`)
      const parsed = definition.payload.safeParse(cleanPayload(payload ?? {}))
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new AppFailure(AppErrorCode.INVALID_INPUT, `输入有误：${issue.path.join('.') || '参数'} ${issue.message}`)
      }
      return { ok: true, data: await definition.run(parsed.data) }
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: { code: error.code, message: error.message } }
      console.error('[function] unexpected error', error)
      return { ok: false, error: { code: AppErrorCode.INTERNAL, message: '服务暂时不可用，请稍后重试' } }
    }
  }
}

/** Human text is stored without bidi and control characters, whichever action it comes through. */
function cleanPayload(payload: unknown): unknown {
  try {
    return stripControlsDeep(payload)
  } catch (error) {
    if (error instanceof PayloadTooDeep) throw new AppFailure(AppErrorCode.INVALID_INPUT, '请求内容嵌套层数过多')
    throw error
  }
}

function readEvent(event: unknown): { action: string; payload: unknown } {
  if (event === null || typeof event !== 'object') throw new AppFailure(AppErrorCode.INVALID_INPUT, '请求格式错误')
  const { action, payload } = event as { action?: unknown; payload?: unknown }
  if (typeof action !== 'string' || action === '') throw new AppFailure(AppErrorCode.INVALID_INPUT, '请求缺少 action')
  return { action, payload }
}
