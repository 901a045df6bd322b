import Taro from '@tarojs/taro'
import type { PieceEvents, SpeechEngine } from './engine'

/** The part of the 微信同声传译 plugin (WechatSI, wx069ba97219f66d99) used here: text → a temporary audio file. */
interface WechatSI {
  textToSpeech(options: {
    lang: 'zh_CN'
    tts: boolean
    content: string
    success(result: { retcode: number; filename: string }): void
    fail(result: unknown): void
  }): void
}

let plugin: WechatSI | null | undefined

/** The plugin, when app.config declares it (docs/compliance.md, 适老化: how to enable); requirePlugin throws otherwise. */
function wechatSI(): WechatSI | null {
  if (plugin === undefined) {
    try {
      plugin = (Taro.requirePlugin('WechatSI') as WechatSI | undefined) ?? null
    } catch {
      plugin = null
    }
  }
  return plugin
}

/**
 * weapp: each piece becomes audio through the plugin's textToSpeech, played
 * by one InnerAudioContext (pause/resume/stop are the audio's own). A piece
 * whose synthesis returns after a stop is dropped.
 */
export function createSpeechEngine(): SpeechEngine {
  let audio: Taro.InnerAudioContext | null = null
  let current: PieceEvents | null = null

  const player = (): Taro.InnerAudioContext => {
    if (audio) return audio
    // The member asked to hear it: play even with the phone's mute switch on.
    Taro.setInnerAudioOption({ obeyMuteSwitch: false }).catch(() => undefined)
    const created = Taro.createInnerAudioContext()
    created.onEnded(() => current?.done())
    created.onError(() => current?.failed('播放失败，请重试'))
    audio = created
    return created
  }

  return {
    supported: () => wechatSI() !== null,
    speak(piece: string, events: PieceEvents) {
      const si = wechatSI()
      if (!si) return events.failed('朗读功能未开通')
      current = events
      si.textToSpeech({
        lang: 'zh_CN',
        tts: true,
        content: piece,
        success(result) {
          if (current !== events) return
          if (result.retcode !== 0 || !result.filename) return events.failed('语音合成失败，请稍后重试')
          const sound = player()
          sound.src = result.filename
          sound.play()
        },
        fail() {
          if (current === events) events.failed('语音合成失败，请检查网络后重试')
        }
      })
    },
    pause: () => audio?.pause(),
    resume: () => audio?.play(),
    stop() {
      current = null
      audio?.stop()
    }
  }
}
