import { z } from 'zod'
import { invokedByTimer } from '../data/client'
import { action, defineFunction, functionEntry } from './dispatch'

// The platform's timer marker is the only thing that may start a timer: it is simulated here.
jest.mock('../data/client', () => ({ invokedByTimer: jest.fn(() => false) }))
const platformTimer = invokedByTimer as jest.MockedFunction<typeof invokedByTimer>

const timerEvent = (name: string) => ({ Type: 'Timer', TriggerName: name, Time: '2026-11-24T01:00:00Z', Message: '' })

function fixture() {
  const daily = jest.fn(async () => ({ ran: 'daily' }))
  const main = functionEntry({ echo: action(z.object({ text: z.string() }).strict(), async (p) => p.text) }, { daily })
  return { main, daily }
}

describe('a function entry (defineFunction at run time)', () => {
  beforeEach(() => platformTimer.mockReturnValue(false))

  it('runs an action with its validated payload', async () => {
    const { main } = fixture()
    await expect(main({ action: 'echo', payload: { text: 'hi' } })).resolves.toEqual({ ok: true, data: 'hi' })
    await expect(main({ action: 'echo', payload: { text: 1 } })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    await expect(main({ action: 'nope' })).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
  })

  it('runs a timer by its trigger name when the platform started the invocation from a timer', async () => {
    const { main, daily } = fixture()
    platformTimer.mockReturnValue(true)
    await expect(main(timerEvent('daily'))).resolves.toEqual({ ran: 'daily' })
    expect(daily).toHaveBeenCalledTimes(1)
  })

  it('never runs a timer for a client event shaped like a timer', async () => {
    const { main, daily } = fixture()
    await expect(main(timerEvent('daily'))).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(daily).not.toHaveBeenCalled()
  })

  it('runs nothing for a trigger name it does not declare, nor for a timer event without a name', async () => {
    const { main, daily } = fixture()
    platformTimer.mockReturnValue(true)
    await expect(main(timerEvent('other'))).resolves.toMatchObject({ ok: false })
    await expect(main({ Type: 'Timer' })).resolves.toMatchObject({ ok: false })
    await expect(main(timerEvent('constructor'))).resolves.toMatchObject({ ok: false })
    expect(daily).not.toHaveBeenCalled()
  })
})

describe('defineFunction is typed against the contract (tsc checks these lines)', () => {
  it('takes a table that serves its contract exactly, and refuses one that does not', () => {
    const whoami = action(z.object({}).strict(), async () => ({ member: null }))
    const history = action(z.object({ kind: z.enum(['all']), page: z.number(), pageSize: z.number() }), async () => ({ items: [], total: 0 }))
    const data = action(z.object({}).strict(), async () => ({ name: '', gatheredAt: '', tables: [] }))
    const exported = action(z.object({}).strict(), async () => ({ fileName: '', base64: '' }))
    const misnamed = { echo: whoami, history, data, export: exported }
    const extra = { whoami, history, data, export: exported, extra: whoami }
    const serves = () => defineFunction({ contract: 'me', actions: { whoami, history, data, export: exported } })
    // @ts-expect-error me has the action `whoami`, not `echo`
    const refusesMisnamed = () => defineFunction({ contract: 'me', actions: misnamed })
    // @ts-expect-error an action the contract lacks is refused
    const refusesExtra = () => defineFunction({ contract: 'me', actions: extra })
    expect([serves, refusesMisnamed, refusesExtra]).toHaveLength(3)
  })
})
