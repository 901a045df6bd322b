// Taro resolves `./engine` per platform (engine.h5.ts, engine.weapp.ts) before
// this file; TypeScript resolves it here. So this file gives the types and a
// platform without its own engine has none (the 听学 control then hides).
// The platform files import only types from here.

/** What the player hears back about one piece. */
export interface PieceEvents {
  /** The piece has been spoken to its end. */
  done(): void
  /** It could not be spoken; the message is for the member (Chinese). */
  failed(message: string): void
}

/** The platform's text-to-speech: H5 the browser's speechSynthesis, weapp the 微信同声传译 plugin + InnerAudioContext. */
export interface SpeechEngine {
  supported(): boolean
  /** Speaks one piece (≤ MAX_PIECE_CHARS), replacing whatever was speaking. */
  speak(piece: string, events: PieceEvents): void
  pause(): void
  resume(): void
  stop(): void
}

export function createSpeechEngine(): SpeechEngine {
  return { supported: () => false, speak: (_piece, events) => events.failed('当前平台不支持朗读'), pause() {}, resume() {}, stop() {} }
}
