import type { PieceEvents, SpeechEngine } from './engine'

/**
 * H5: the browser's Web Speech API (window.speechSynthesis). Chinese voice
 * when the browser has one, else its default. Errors caused by our own
 * cancel() (a stop, or the next piece) are not failures.
 */
export function createSpeechEngine(): SpeechEngine {
  const synth = (): SpeechSynthesis | null => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null)
  // Held so the browser cannot collect the utterance before its end event (Chrome drops the event otherwise).
  let current: SpeechSynthesisUtterance | null = null

  return {
    supported: () => synth() !== null && typeof SpeechSynthesisUtterance === 'function',
    speak(piece: string, events: PieceEvents) {
      const speech = synth()
      if (!speech) return events.failed('当前浏览器不支持朗读')
      const utterance = new SpeechSynthesisUtterance(piece)
      utterance.lang = 'zh-CN'
      const voice = speech.getVoices().find((one) => one.lang.replace('_', '-').toLowerCase().startsWith('zh'))
      if (voice) utterance.voice = voice
      utterance.onend = () => {
        if (current === utterance) events.done()
      }
      utterance.onerror = (event) => {
        if (current !== utterance || event.error === 'interrupted' || event.error === 'canceled') return
        events.failed('朗读出错，请重试')
      }
      current = utterance
      // Chrome keeps a paused synthesizer paused across cancel(): a new reading after 暂停 → 停止 would stay silent.
      if (speech.paused) speech.resume()
      speech.speak(utterance)
    },
    pause: () => synth()?.pause(),
    resume: () => synth()?.resume(),
    stop() {
      current = null
      synth()?.cancel()
    }
  }
}
