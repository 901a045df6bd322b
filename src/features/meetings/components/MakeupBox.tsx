import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MakeupView } from '@contract/meetings-api'
import { MAKEUP_MAX_CHARS, MAKEUP_MIN_CHARS } from '@contract/meetings-rules'
import { ApiError } from '@/api/errors'
import { formatShanghai } from '@/lib/calendar'
import { showDone, showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { TextArea } from '@/ui/textarea'
import { submitMakeup } from '../api'
import { MaterialList } from './MaterialList'

/** 补学: study the meeting's materials and write a short reflection before the deadline. */
export function MakeupBox({
  meetingId,
  makeup,
  materials,
  noticeId,
  onDone
}: {
  meetingId: string
  makeup: MakeupView
  materials: string[]
  noticeId: string | null
  onDone: (makeup: MakeupView) => void
}) {
  const [reflection, setReflection] = useState('')
  const [sending, setSending] = useState(false)
  const length = reflection.trim().length

  const send = async () => {
    if (sending) return
    if (length < MAKEUP_MIN_CHARS) {
      showError(new ApiError('INVALID_INPUT', `心得体会至少 ${MAKEUP_MIN_CHARS} 字（现有 ${length} 字）`))
      return
    }
    setSending(true)
    try {
      onDone(await submitMakeup({ id: meetingId, reflection: reflection.trim() }))
      showDone('补学已完成')
    } catch (error) {
      showError(error)
    } finally {
      setSending(false)
    }
  }

  if (makeup.completedAt) {
    return (
      <View className="ps-card ps-makeup">
        <View className="ps-card__title">
          补学<Text className="ps-tag ps-tag--ok">已完成</Text>
        </View>
        <View className="ps-m-result ps-makeup-done">已于 {formatShanghai(makeup.completedAt)} 完成补学。</View>
        {makeup.reflection && <View className="ps-text ps-makeup-reflection-text">{makeup.reflection}</View>}
      </View>
    )
  }
  return (
    <View className="ps-card ps-makeup">
      <View className="ps-card__title">
        补学<Text className="ps-tag ps-tag--warn">待完成</Text>
      </View>
      <View className="ps-muted ps-makeup-due">
        请在 {formatShanghai(makeup.dueAt)} 前学习以下材料，并写下学习心得（不少于 {MAKEUP_MIN_CHARS} 字）。
      </View>
      <MaterialList materials={materials} noticeId={noticeId} />
      <TextArea
        className="ps-makeup-reflection"
        value={reflection}
        maxLength={MAKEUP_MAX_CHARS}
        autoSize
        rows={5}
        placeholder="学习心得"
        onChange={setReflection}
      />
      <View className={`ps-muted ps-makeup-count${length > 0 && length < MAKEUP_MIN_CHARS ? ' ps-m-warn' : ''}`}>
        已写 {length} 字{length < MAKEUP_MIN_CHARS ? `，还差 ${MAKEUP_MIN_CHARS - length} 字` : ''}
      </View>
      <View className="ps-actions ps-actions--left">
        <Button className="ps-makeup-submit" type="primary" size="small" loading={sending} onClick={() => void send()}>
          提交补学
        </Button>
      </View>
    </View>
  )
}
