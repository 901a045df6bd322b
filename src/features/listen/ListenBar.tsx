import { Text, View } from '@tarojs/components'
import { Button } from '@/ui/button'
import { useListen } from './use-listen'
import './listen.css'

/**
 * 听学: reads `text` aloud with 暂停 / 继续 / 停止, for members who find
 * reading hard (离退休, 送学上门). Hidden where the platform cannot speak
 * (weapp without the 同声传译 plugin). Records nothing: no listening time.
 */
export function ListenBar({ owner, text, label }: { owner: string; text: string; label: string }) {
  const { supported, state, play, pause, resume, stop } = useListen(owner, text)
  if (!supported) return null

  // Words, not only colour or an icon, say what is happening (适老化).
  const status = {
    idle: label,
    playing: `正在朗读 · 第 ${state.piece}/${state.total} 段`,
    paused: `已暂停 · 第 ${state.piece}/${state.total} 段`,
    finished: '已读完',
    failed: state.message ?? '朗读出错，请重试'
  }[state.status]

  return (
    <View className={`ps-listen ps-listen--${state.status}`}>
      <Text className="ps-listen-status">{status}</Text>
      <View className="ps-listen-actions">
        {(state.status === 'idle' || state.status === 'finished' || state.status === 'failed') && (
          <Button className="ps-listen-play" type="primary" size="small" onClick={play}>
            {state.status === 'idle' ? '朗读' : '重新朗读'}
          </Button>
        )}
        {state.status === 'playing' && (
          <Button className="ps-listen-pause" type="primary" size="small" onClick={pause}>
            暂停
          </Button>
        )}
        {state.status === 'paused' && (
          <Button className="ps-listen-resume" type="primary" size="small" onClick={resume}>
            继续
          </Button>
        )}
        {(state.status === 'playing' || state.status === 'paused') && (
          <Button className="ps-listen-stop" size="small" fill="outline" onClick={stop}>
            停止
          </Button>
        )}
      </View>
    </View>
  )
}
