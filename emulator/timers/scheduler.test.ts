import { EmulatorError, ErrorCode } from '../core/errors'
import type { CallerIdentity, FunctionConfig, FunctionHost } from '../functions/host'
import { TimerScheduler } from './scheduler'

/** A host stand-in: the scheduler only needs list(), config() and invoke(). */
function stubHost(configs: Record<string, Partial<FunctionConfig>>) {
  const calls: Array<{ name: string; event: unknown; identity: CallerIdentity }> = []
  const host = {
    list: () => Object.keys(configs),
    config: (name: string): FunctionConfig => {
      if (!configs[name]) throw new EmulatorError(ErrorCode.FUNCTION_NOT_FOUND, `云函数不存在：${name}`)
      return { timeout: 3, envVariables: {}, triggers: [], permissions: { openapi: [] }, ...configs[name] }
    },
    invoke: async (name: string, event: unknown, identity: CallerIdentity) => {
      calls.push({ name, event, identity })
      return { ok: name }
    }
  }
  return { host: host as unknown as FunctionHost, calls }
}

const remind = { triggers: [{ name: 'remind', type: 'timer', config: '0 0 9 * * * *' }] }

describe('TimerScheduler', () => {
  afterEach(() => jest.useRealTimers())

  test('lists timer triggers with their next fire time', () => {
    const { host } = stubHost({ notices: remind, me: {} })
    const scheduler = new TimerScheduler({ host, now: () => new Date('2026-11-24T00:30:00Z') })
    expect(scheduler.list()).toEqual([{ functionName: 'notices', triggerName: 'remind', cron: '0 0 9 * * * *', next: '2026-11-24T01:00:00.000Z' }])
  })

  test('fire() runs main with CloudBase timer event and no end user', async () => {
    const { host, calls } = stubHost({ notices: remind })
    const scheduler = new TimerScheduler({ host, now: () => new Date('2026-11-24T01:00:00.123Z') })
    await expect(scheduler.fire('notices', 'remind')).resolves.toEqual({ ok: 'notices' })
    expect(calls).toEqual([
      {
        name: 'notices',
        event: { Type: 'Timer', TriggerName: 'remind', Time: '2026-11-24T01:00:00Z', Message: '' },
        identity: { source: 'timer' }
      }
    ])
    await expect(scheduler.fire('notices', 'nope')).rejects.toThrow('没有名为 nope 的定时触发器')
    await expect(scheduler.fire('ghost', 'remind')).rejects.toThrow('云函数不存在：ghost')
  })

  test('start() fires on schedule and re-arms; stop() disarms', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T00:59:58Z') })
    const { host, calls } = stubHost({
      notices: { triggers: [{ name: 'tick', type: 'timer', config: '*/30 * * * * * *' }] }
    })
    const scheduler = new TimerScheduler({ host, log: () => {} })
    scheduler.start()
    await jest.advanceTimersByTimeAsync(2000) // 01:00:00
    await jest.advanceTimersByTimeAsync(30000) // 01:00:30
    expect(calls.map((c) => (c.event as { Time: string }).Time)).toEqual(['2026-11-24T01:00:00Z', '2026-11-24T01:00:30Z'])
    scheduler.stop()
    await jest.advanceTimersByTimeAsync(60000)
    expect(calls).toHaveLength(2)
  })

  test('a fire time beyond setTimeout range is reached in steps', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T00:00:00Z') })
    const { host, calls } = stubHost({
      yearly: { triggers: [{ name: 'newyear', type: 'timer', config: '0 0 0 1 1 * 2027' }] }
    })
    const scheduler = new TimerScheduler({ host, log: () => {} })
    scheduler.start()
    await jest.advanceTimersByTimeAsync(24 * 86400_000)
    expect(calls).toHaveLength(0)
    await jest.advanceTimersByTimeAsync(14 * 86400_000)
    expect(calls.map((c) => (c.event as { Time: string }).Time)).toEqual(['2026-12-31T16:00:00Z'])
    scheduler.stop()
  })

  test('start() refuses an invalid trigger config', () => {
    const host = {
      list: () => ['bad'],
      config: () => {
        throw new EmulatorError(ErrorCode.INTERNAL, '云函数 bad 的 config.json 无效：triggers[0]（x）：定时触发器 cron 表达式无效')
      }
    } as unknown as FunctionHost
    expect(() => new TimerScheduler({ host }).start()).toThrow(/cron 表达式无效/)
  })
})

describe('timer control routes', () => {
  test('GET lists, POST fires, unknown trigger is 404', async () => {
    const { createServer } = await import('node:http')
    const { timerRoutes } = await import('./routes')
    const { host } = stubHost({ notices: remind })
    const route = timerRoutes(new TimerScheduler({ host, now: () => new Date('2026-11-24T00:30:00Z') }))
    const server = createServer((req, res) => {
      void route(req, res, new URL(req.url ?? '/', 'http://x')).then((handled) => {
        if (!handled) res.writeHead(418).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/_emulator/timers`
    try {
      expect(await (await fetch(base)).json()).toEqual({
        timers: [{ functionName: 'notices', triggerName: 'remind', cron: '0 0 9 * * * *', next: '2026-11-24T01:00:00.000Z' }]
      })
      const fired = await fetch(`${base}/notices/remind`, { method: 'POST' })
      expect(await fired.json()).toEqual({ result: { ok: 'notices' } })
      const unknown = await fetch(`${base}/notices/nope`, { method: 'POST' })
      expect(unknown.status).toBe(404)
      expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch('没有名为 nope 的定时触发器')
      expect((await fetch(`${base}/notices/remind`)).status).toBe(405)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
