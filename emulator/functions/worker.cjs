// @ts-check
'use strict'
/**
 * One function instance, as an SCF instance: loads the built `index.js` once, then
 * runs `main(event, context)` for one invocation at a time, with that invocation's
 * identity in `process.env` (this thread's own copy) only while it runs.
 *
 * Plain CommonJS so Node loads it without a TypeScript loader (`new Worker(path)`).
 * The messages it exchanges with the host are the types of `protocol.ts`, named
 * below in JSDoc; `protocol.test.ts` runs this file and checks every message it
 * sends against the protocol's type guards.
 */
/** @typedef {import('./protocol').WorkerToHost} WorkerToHost */
/** @typedef {import('./protocol').HostToWorker} HostToWorker */
/** @typedef {import('./protocol').InvokeMessage} InvokeMessage */
/** @typedef {import('./protocol').SerializedError} SerializedError */
/** @typedef {import('./protocol').WorkerSetup} WorkerSetup */
const { parentPort: port, workerData } = require('node:worker_threads')

if (!port) throw new Error('worker.cjs runs only as a worker thread of the function host')
const parentPort = port
/** @type {WorkerSetup} */
const setup = workerData
const { bundlePath } = setup

/** The only way messages leave this thread, so that each is a `WorkerToHost`. */
function send(/** @type {WorkerToHost} */ message) {
  parentPort.postMessage(message)
}

// Function output goes to the host as messages (the host prefixes it with the function's
// name). Messages keep their order relative to results, and unlike the Worker `stdout`
// option they do not keep the host process alive while the instance waits warm.
for (const name of /** @type {const} */ (['stdout', 'stderr'])) {
  /** @type {(chunk: string | Uint8Array, encoding?: BufferEncoding | ((err?: Error) => void), callback?: (err?: Error) => void) => boolean} */
  const write = function write(chunk, encoding, callback) {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8')
    send({ type: 'output', stream: name, text })
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') process.nextTick(done)
    return true
  }
  // Node's declared overloads of write() are not assignable from one function; this one handles both.
  process[name].write = /** @type {typeof process.stdout.write} */ (write)
}

/** @returns {SerializedError} */
function serializeError(/** @type {unknown} */ err) {
  if (err instanceof Error) {
    return { name: err.name, message: err.message, stack: err.stack, code: /** @type {{ code?: unknown }} */ (err).code }
  }
  let message
  try {
    message = typeof err === 'string' ? err : JSON.stringify(err)
  } catch {
    message = String(err)
  }
  return { name: 'Error', message: String(message), stack: undefined, code: undefined }
}

/** @type {((event: unknown, context: object, callback: (err: unknown, value?: unknown) => void) => unknown) | null} */
let main = null
/** @type {SerializedError | null} */
let loadError = null
try {
  const mod = require(bundlePath)
  main = mod && typeof mod.main === 'function' ? mod.main : null
  if (!main) loadError = { name: 'Error', message: 'index.js 没有导出 main 函数（exports.main）' }
} catch (err) {
  loadError = serializeError(err)
}

/** The invocation in progress: its id and the env keys set for it. @type {{ id: string, keys: string[] } | null} */
let current = null

function crash(/** @type {unknown} */ err) {
  send({ type: 'crash', id: current ? current.id : undefined, error: serializeError(err) })
  process.exit(1)
}
process.on('uncaughtException', crash)
process.on('unhandledRejection', crash)

/** SCF calls main(event, context, callback): a returned promise, a returned value or the callback settles it. */
function callMain(/** @type {unknown} */ event, /** @type {object} */ context) {
  const run = main
  if (!run) return Promise.reject(new Error(loadError ? loadError.message : 'index.js 没有导出 main 函数'))
  return new Promise((resolve, reject) => {
    let settled = false
    /** @type {(err: unknown, value?: unknown) => void} */
    const callback = (err, value) => {
      if (settled) return
      settled = true
      if (err) reject(err)
      else resolve(value)
    }
    let returned
    try {
      returned = run(event, context, callback)
    } catch (err) {
      callback(err === undefined ? new Error('main 抛出了 undefined') : err)
      return
    }
    if (isThenable(returned)) {
      returned.then(
        (value) => callback(null, value),
        (err) => callback(err === undefined ? new Error('main 返回的 Promise 以 undefined 拒绝') : err)
      )
    } else if (run.length < 3) {
      callback(null, returned)
    }
  })
}

/** @returns {value is PromiseLike<unknown>} */
function isThenable(/** @type {unknown} */ value) {
  return typeof value === 'object' && value !== null && typeof (/** @type {{ then?: unknown }} */ (value).then) === 'function'
}

async function invoke(/** @type {InvokeMessage} */ { id, eventJson, context: contextData, env }) {
  const keys = Object.keys(env)
  for (const key of keys) process.env[key] = env[key]
  current = { id, keys }
  const deadline = Date.now() + contextData.time_limit_in_ms
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    ...contextData
  }
  /** @type {WorkerToHost} */
  let reply
  try {
    const value = await callMain(JSON.parse(eventJson), context)
    let json
    try {
      json = value === undefined ? 'null' : JSON.stringify(value)
      if (json === undefined) json = 'null'
    } catch (err) {
      throw new Error(`返回值无法序列化为 JSON：${err instanceof Error ? err.message : String(err)}`, { cause: err })
    }
    reply = { type: 'result', id, ok: true, json }
  } catch (err) {
    reply = { type: 'result', id, ok: false, error: serializeError(err) }
  } finally {
    for (const key of keys) delete process.env[key]
    current = null
  }
  send(reply)
}

parentPort.on('message', (/** @type {HostToWorker} */ msg) => {
  if (msg && msg.type === 'invoke') void invoke(msg)
})

send({ type: 'ready', error: loadError })
