import type { PieceEvents, SpeechEngine } from './engine'
import { createPlayer } from './player'

/** An engine that records calls and lets the test end each piece. */
function fakeEngine() {
  const calls: string[] = []
  let pending: PieceEvents | null = null
  const engine: SpeechEngine = {
    supported: () => true,
    speak(piece, events) {
      calls.push(`speak:${piece}`)
      pending = events
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    stop: () => calls.push('stop')
  }
  return { engine, calls, end: () => pending?.done(), fail: (message: string) => pending?.failed(message), events: () => pending }
}

const TWO_PIECES = '甲'.repeat(150) + '。' + '乙'.repeat(150) + '。'

describe('听学 player', () => {
  it('reads piece after piece and finishes', () => {
    const fake = fakeEngine()
    const player = createPlayer(fake.engine)
    player.play('notice', TWO_PIECES)
    expect(player.getState()).toMatchObject({ owner: 'notice', status: 'playing', piece: 1, total: 2 })
    fake.end()
    expect(player.getState()).toMatchObject({ status: 'playing', piece: 2 })
    fake.end()
    expect(player.getState().status).toBe('finished')
    expect(fake.calls.filter((call) => call.startsWith('speak'))).toHaveLength(2)
  })

  it('pauses and resumes the engine; a piece ending while paused waits for resume', () => {
    const fake = fakeEngine()
    const player = createPlayer(fake.engine)
    player.play('notice', TWO_PIECES)
    player.pause()
    expect(player.getState().status).toBe('paused')
    player.resume()
    expect(fake.calls.slice(-2)).toEqual(['pause', 'resume'])
    player.pause()
    fake.end()
    expect(player.getState()).toMatchObject({ status: 'paused', piece: 1 })
    const spoken = fake.calls.length
    player.resume()
    expect(fake.calls.length).toBe(spoken + 1)
    expect(fake.calls[fake.calls.length - 1]).toMatch(/^speak:乙/)
    expect(player.getState()).toMatchObject({ status: 'playing', piece: 2 })
  })

  it('stop ends it, and a late end event of the stopped reading changes nothing', () => {
    const fake = fakeEngine()
    const player = createPlayer(fake.engine)
    player.play('notice', TWO_PIECES)
    const late = fake.events()
    player.stop()
    expect(player.getState().status).toBe('idle')
    late?.done()
    expect(player.getState().status).toBe('idle')
  })

  it('stop(owner) leaves another control’s reading alone; a new play replaces the old', () => {
    const fake = fakeEngine()
    const player = createPlayer(fake.engine)
    player.play('material-0', '第一条。')
    player.stop('notice')
    expect(player.getState()).toMatchObject({ owner: 'material-0', status: 'playing' })
    player.play('notice', '第二条。')
    expect(player.getState()).toMatchObject({ owner: 'notice', status: 'playing' })
  })

  it('a failure is shown with its message and stops the engine', () => {
    const fake = fakeEngine()
    const player = createPlayer(fake.engine)
    player.play('notice', TWO_PIECES)
    fake.fail('朗读出错，请重试')
    expect(player.getState()).toMatchObject({ status: 'failed', message: '朗读出错，请重试' })
    expect(fake.calls[fake.calls.length - 1]).toBe('stop')
  })
})
