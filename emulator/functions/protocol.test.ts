/**
 * The host and `worker.cjs` speak the same protocol: the worker, run on its own
 * here, sends only messages that pass the protocol's guards, and all of its
 * kinds; and its JSDoc names the protocol's types so strictly that a message of
 * the wrong shape fails to type-check (the host's side is TypeScript already,
 * and its `switch` over the union ends in `assertNever`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import ts from 'typescript'
import {
  type HostToWorker,
  type InvocationContext,
  type WorkerSetup,
  type WorkerToHost,
  WORKER_TO_HOST_TYPES,
  isHostToWorker,
  isWorkerToHost
} from './protocol'

const WORKER_SCRIPT = join(__dirname, 'worker.cjs')
const ROOT = join(__dirname, '..', '..', '.test-data', `protocol-test-${process.pid}`)

const BUNDLES: Record<string, string> = {
  talks: `exports.main = async (event) => { console.log('hello'); if (event.fail) throw new TypeError('no'); return { got: event } }`,
  crashes: `exports.main = () => { setTimeout(() => { throw new Error('later') }, 0); return new Promise(() => {}) }`,
  broken: `exports.main = async () => {`
}

const context: InvocationContext = {
  request_id: 'r',
  function_name: 'f',
  function_version: '$LATEST',
  namespace: 'local-test',
  tencentcloud_region: 'ap-shanghai',
  memory_limit_in_mb: 256,
  time_limit_in_ms: 3000,
  environ: '',
  environment: '{}'
}

function invoke(id: string, event: object): HostToWorker {
  return { type: 'invoke', id, eventJson: JSON.stringify(event), context, env: { WX_OPENID: 'o1' } }
}

/** Runs the worker on one bundle, sends `invocations` once it is ready, and collects every message until it exits or answers them all. */
function converse(bundle: string, invocations: HostToWorker[]): Promise<unknown[]> {
  const setup: WorkerSetup = { bundlePath: join(ROOT, `${bundle}.js`), functionName: bundle }
  const worker = new Worker(WORKER_SCRIPT, { workerData: setup })
  const received: unknown[] = []
  let results = 0
  return new Promise<unknown[]>((resolve, reject) => {
    const done = (): void => void worker.terminate().then(() => resolve(received))
    worker.on('error', reject)
    worker.on('exit', () => resolve(received))
    worker.on('message', (message: unknown) => {
      received.push(message)
      const typed = message as { type?: string; error?: unknown }
      if (typed.type === 'ready') {
        if (typed.error || invocations.length === 0) return done()
        for (const invocation of invocations) worker.postMessage(invocation)
      }
      if (typed.type === 'result' && ++results === invocations.length) done()
    })
  })
}

beforeAll(() => {
  mkdirSync(ROOT, { recursive: true })
  for (const [name, code] of Object.entries(BUNDLES)) writeFileSync(join(ROOT, `${name}.js`), code)
})

afterAll(() => rmSync(ROOT, { recursive: true, force: true }))

describe('host ↔ worker protocol', () => {
  test('every message the worker sends passes the guards, and it sends every kind', async () => {
    const invocations = [invoke('a', { n: 1 }), invoke('b', { fail: true })]
    for (const invocation of invocations) expect(isHostToWorker(invocation)).toBe(true)
    const received = [...(await converse('talks', invocations)), ...(await converse('crashes', [invoke('c', {})])), ...(await converse('broken', []))]
    const invalid = received.filter((message) => !isWorkerToHost(message))
    expect(invalid).toEqual([])
    const messages = received as WorkerToHost[]
    expect(new Set(messages.map((m) => m.type))).toEqual(new Set(WORKER_TO_HOST_TYPES))
    expect(messages).toContainEqual({ type: 'output', stream: 'stdout', text: 'hello\n' })
    expect(messages).toContainEqual({ type: 'result', id: 'a', ok: true, json: '{"got":{"n":1}}' })
    expect(messages).toContainEqual(
      expect.objectContaining({ type: 'result', id: 'b', ok: false, error: expect.objectContaining({ name: 'TypeError', message: 'no' }) })
    )
    expect(messages).toContainEqual(expect.objectContaining({ type: 'crash', id: 'c', error: expect.objectContaining({ message: 'later' }) }))
    expect(messages).toContainEqual(expect.objectContaining({ type: 'ready', error: expect.objectContaining({ name: 'SyntaxError' }) }))
  }, 20_000)

  test('the guards refuse what is not the protocol', () => {
    expect(isWorkerToHost({ type: 'result', id: 'a', ok: true })).toBe(false)
    expect(isWorkerToHost({ type: 'output', stream: 'stdin', text: '' })).toBe(false)
    expect(isWorkerToHost({ type: 'hello' })).toBe(false)
    expect(isWorkerToHost('ready')).toBe(false)
    expect(isHostToWorker({ ...invoke('a', {}), env: { N: 1 } })).toBe(false)
    expect(isHostToWorker({ ...invoke('a', {}), context: {} })).toBe(false)
  })

  test("worker.cjs type-checks (strict, checkJs) against the protocol's types", () => {
    // The repo's tsconfig does not check JS; this does, for the one JS file whose messages must match.
    const program = ts.createProgram([WORKER_SCRIPT], {
      allowJs: true,
      checkJs: true,
      noEmit: true,
      strict: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      types: ['node']
    })
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    expect(problems).toEqual([])
  }, 60_000)
})
