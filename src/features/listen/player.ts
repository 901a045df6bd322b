import type { SpeechEngine } from './engine'
import { speechPieces } from './speech-text'

export type ListenStatus = 'idle' | 'playing' | 'paused' | 'finished' | 'failed'

/** What the controls show. `owner` names the control that started it (one voice at a time on a page). */
export interface ListenState {
  owner: string | null
  status: ListenStatus
  /** 1-based piece being read, and how many there are (shown as 第 n/m 段). */
  piece: number
  total: number
  message: string | null
}

const IDLE: ListenState = { owner: null, status: 'idle', piece: 0, total: 0, message: null }

/**
 * One reader for the app: reads pieces one after another through the
 * platform's engine, with pause, resume and stop. It keeps nothing beyond the
 * current reading and reports nothing anywhere: no listening time is measured
 * (国办函〔2026〕12号: no 学习时长).
 */
export function createPlayer(engine: SpeechEngine) {
  let state: ListenState = IDLE
  let pieces: string[] = []
  let index = 0
  // A new reading or a stop makes late events of the old one harmless.
  let run = 0
  // Paused between two pieces: the next one starts on resume.
  let waiting = false
  const listeners = new Set<() => void>()

  const set = (next: Partial<ListenState>) => {
    state = { ...state, ...next }
    listeners.forEach((listener) => listener())
  }

  const speakCurrent = () => {
    const mine = run
    set({ piece: index + 1 })
    engine.speak(pieces[index] ?? '', {
      done() {
        if (mine !== run) return
        index += 1
        if (index >= pieces.length) return set({ status: 'finished' })
        if (state.status === 'paused') {
          waiting = true
          return
        }
        speakCurrent()
      },
      failed(message) {
        if (mine !== run) return
        run += 1
        engine.stop()
        set({ status: 'failed', message })
      }
    })
  }

  return {
    supported: () => engine.supported(),
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    play(owner: string, text: string) {
      run += 1
      engine.stop()
      pieces = speechPieces(text)
      index = 0
      waiting = false
      if (pieces.length === 0) return set({ ...IDLE, owner, status: 'finished' })
      set({ owner, status: 'playing', piece: 1, total: pieces.length, message: null })
      speakCurrent()
    },
    pause() {
      if (state.status !== 'playing') return
      engine.pause()
      set({ status: 'paused' })
    },
    resume() {
      if (state.status !== 'paused') return
      set({ status: 'playing' })
      if (waiting) {
        waiting = false
        speakCurrent()
      } else engine.resume()
    },
    /** Stops the reading; with `owner`, only if that control started it (a page leaving stops only its own). */
    stop(owner?: string) {
      if (owner !== undefined && state.owner !== owner) return
      run += 1
      waiting = false
      engine.stop()
      set(IDLE)
    }
  }
}

export type Player = ReturnType<typeof createPlayer>
