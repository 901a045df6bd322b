import { useEffect, useSyncExternalStore } from 'react'
import { createSpeechEngine } from './engine'
import { createPlayer, type ListenState } from './player'

// One reader for the whole app, so two controls never speak at once.
const player = createPlayer(createSpeechEngine())

const IDLE: ListenState = { owner: null, status: 'idle', piece: 0, total: 0, message: null }

/** A 听学 control's view of the reader: its own reading's state (idle while another control reads), and the actions. */
export function useListen(owner: string, text: string) {
  const shared = useSyncExternalStore(player.subscribe, player.getState, player.getState)
  // Leaving the page (or closing the popup) stops what this control started.
  useEffect(() => () => player.stop(owner), [owner])
  return {
    supported: player.supported(),
    state: shared.owner === owner ? shared : IDLE,
    play: () => player.play(owner, text),
    pause: () => player.pause(),
    resume: () => player.resume(),
    stop: () => player.stop(owner)
  }
}
