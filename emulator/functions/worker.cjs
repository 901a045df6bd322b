'use strict'
/**
 * One function instance, as an SCF instance: loads the built `index.js` once, then
 * runs `main(event, context)` for one invocation at a time, with that invocation's
 * identity in `process.env` (this thread's own copy) only while it runs.
 *
 * Plain CommonJS so Node loads it without a TypeScript loader. Protocol with
 * `host.ts`:
 *   worker → host  { type: 'ready', error? }                 after loading the bundle
 *   host → worker  { type: 'invoke', id, eventJson, context, env }
 *   worker → host  { type: 'result', id, ok: true, json }   json: JSON.stringify(result)
 *                  { type: 'result', id, ok: false, error }
 *                  { type: 'crash', id?, error }            uncaught error; the thread then exits
 *                  { type: 'output', stream, text }         what the function wrote to stdout / stderr
 */
const { parentPort, workerData } = require('node:worker_threads')

const { bundlePath } = workerData

// Function output goes to the host as messages (the host prefixes it with the function's
// name). Messages keep their order relative to results, and unlike the Worker `stdout`
// option they do not keep the host process alive while the instance waits warm.
for (const name of ['stdout', 'stderr']) {
  process[name].write = function write(chunk, encoding, callback) {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8')
    parentPort.postMessage({ type: 'output', stream: name, text })
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') process.nextTick(done)
    return true
  }
}

function serializeError(err) {
  if (err instanceof Error) {
    return { name: err.name, message: err.message, stack: err.stack, code: err.code }
  }
  let message
  try {
    message = typeof err === 'string' ? err : JSON.stringify(err)
  } catch {
    message = String(err)
  }
  return { name: 'Error', message: String(message), stack: undefined, code: undefined }
}

let main = null
let loadError = null
try {
  const mod = require(bundlePath)
  main = mod && typeof mod.main === 'function' ? mod.main : null
  if (!main) loadError = { name: 'Error', message: 'index.js 没有导出 main 函数（exports.main）' }
} catch (err) {
  loadError = serializeError(err)
}

/** The invocation in progress: its id and the env keys set for it. */
let current = null

function crash(err) {
  parentPort.postMessage({ type: 'crash', id: current ? current.id : undefined, error: serializeError(err) })
  process.exit(1)
}
process.on('uncaughtException', crash)
process.on('unhandledRejection', crash)

/** SCF calls main(event, context, callback): a returned promise, a returned value or the callback settles it. */
function callMain(event, context) {
  return new Promise((resolve, reject) => {
    let settled = false
    const callback = (err, value) => {
      if (settled) return
      settled = true
      if (err) reject(err)
      else resolve(value)
    }
    let returned
    try {
      returned = main(event, context, callback)
    } catch (err) {
      callback(err === undefined ? new Error('main 抛出了 undefined') : err)
      return
    }
    if (returned && typeof returned.then === 'function') {
      returned.then(
        value => callback(null, value),
        err => callback(err === undefined ? new Error('main 返回的 Promise 以 undefined 拒绝') : err)
      )
    } else if (main.length < 3) {
      callback(null, returned)
    }
  })
}

async function invoke({ id, eventJson, context: contextData, env }) {
  const keys = Object.keys(env)
  for (const key of keys) process.env[key] = env[key]
  current = { id, keys }
  const deadline = Date.now() + contextData.time_limit_in_ms
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    ...contextData
  }
  let reply
  try {
    const value = await callMain(JSON.parse(eventJson), context)
    let json
    try {
      json = value === undefined ? 'null' : JSON.stringify(value)
      if (json === undefined) json = 'null'
    } catch (err) {
      throw new Error(`返回值无法序列化为 JSON：${err.message}`)
    }
    reply = { type: 'result', id, ok: true, json }
  } catch (err) {
    reply = { type: 'result', id, ok: false, error: serializeError(err) }
  } finally {
    for (const key of keys) delete process.env[key]
    current = null
  }
  parentPort.postMessage(reply)
}

parentPort.on('message', msg => {
  if (msg && msg.type === 'invoke') void invoke(msg)
})

parentPort.postMessage({ type: 'ready', error: loadError })
