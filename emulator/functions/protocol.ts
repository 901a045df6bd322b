/**
 * The messages between the host and one instance's worker thread (`worker.cjs`).
 * The worker is plain CommonJS that Node runs without a build, so it cannot
 * import these types; it names them in JSDoc (`import('./protocol')`) and the
 * type guards below are what the host checks its messages against at run time
 * (function code can reach `parentPort` too, so not every message is the worker's).
 */

export type OutputStream = 'stdout' | 'stderr'

/** An error crossing the thread boundary: structured clone would lose its class, so its fields are copied. */
export interface SerializedError {
  name: string
  message: string
  stack?: string
  /** `err.code` of Node errors (ENOENT, ERR_…), whatever type the thrower gave it. */
  code?: unknown
}

/** The Worker's `workerData`: which bundle the instance loads. */
export interface WorkerSetup {
  bundlePath: string
  functionName: string
}

/** SCF's `context` argument as the host sends it; the worker adds the two functions it cannot receive. */
export interface InvocationContext {
  request_id: string
  function_name: string
  function_version: string
  namespace: string
  tencentcloud_region: string
  memory_limit_in_mb: number
  time_limit_in_ms: number
  /** The visible variables as `K=V;K=V`, as SCF gives them. */
  environ: string
  /** The same variables as a JSON object string. */
  environment: string
}

/** Run `main(event, context)` once, with `env` in the thread's `process.env` only while it runs. */
export interface InvokeMessage {
  type: 'invoke'
  id: string
  eventJson: string
  context: InvocationContext
  env: Record<string, string>
}

export type HostToWorker = InvokeMessage

/** Sent once, after loading the bundle; `error` when it failed to load or exports no `main`. */
export interface ReadyMessage {
  type: 'ready'
  error: SerializedError | null
}

/** The end of one invocation; `json` is `JSON.stringify` of main's result. */
export type ResultMessage = { type: 'result'; id: string; ok: true; json: string } | { type: 'result'; id: string; ok: false; error: SerializedError }

/** An uncaught error or unhandled rejection: the thread exits right after. `id`: the invocation that was running, if any. */
export interface CrashMessage {
  type: 'crash'
  id?: string
  error: SerializedError
}

/** What the function wrote to stdout / stderr, in the chunks it wrote. */
export interface OutputMessage {
  type: 'output'
  stream: OutputStream
  text: string
}

export type WorkerToHost = ReadyMessage | ResultMessage | CrashMessage | OutputMessage

/** Every kind of worker message; `satisfies` makes adding one to the union fail to compile until it is listed here. */
const WORKER_TO_HOST_KINDS = { ready: true, result: true, crash: true, output: true } as const satisfies Record<WorkerToHost['type'], true>
export const WORKER_TO_HOST_TYPES = Object.keys(WORKER_TO_HOST_KINDS) as ReadonlyArray<WorkerToHost['type']>

type Fields = Record<string, unknown>

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string'
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isObject(value) && Object.values(value).every((v) => typeof v === 'string')
}

export function isSerializedError(value: unknown): value is SerializedError {
  return isObject(value) && typeof value.name === 'string' && typeof value.message === 'string' && isOptionalString(value.stack)
}

function isInvocationContext(value: unknown): value is InvocationContext {
  if (!isObject(value)) return false
  const strings = ['request_id', 'function_name', 'function_version', 'namespace', 'tencentcloud_region', 'environ', 'environment']
  return strings.every((key) => typeof value[key] === 'string') && typeof value.memory_limit_in_mb === 'number' && typeof value.time_limit_in_ms === 'number'
}

export function isWorkerToHost(value: unknown): value is WorkerToHost {
  if (!isObject(value)) return false
  switch (value.type) {
    case 'ready':
      return value.error === null || isSerializedError(value.error)
    case 'result':
      if (typeof value.id !== 'string') return false
      return value.ok === true ? typeof value.json === 'string' : value.ok === false && isSerializedError(value.error)
    case 'crash':
      return isOptionalString(value.id) && isSerializedError(value.error)
    case 'output':
      return (value.stream === 'stdout' || value.stream === 'stderr') && typeof value.text === 'string'
    default:
      return false
  }
}

export function isHostToWorker(value: unknown): value is HostToWorker {
  return (
    isObject(value) &&
    value.type === 'invoke' &&
    typeof value.id === 'string' &&
    typeof value.eventJson === 'string' &&
    isInvocationContext(value.context) &&
    isStringRecord(value.env)
  )
}
