import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MakeupStudy, MakeupView } from '@contract/meetings-api'
import { MAKEUP_MAX_CHARS, MAKEUP_MIN_CHARS } from '@contract/meetings-rules'
import { ApiError } from '@/api/errors'
import { formatShanghai } from '@/lib/calendar'
import { showDone, showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { TextArea } from '@/ui/textarea'
import { submitMakeup } from '../api'
import { MaterialList } from './MaterialList'

/** What to study: the materials, else the minutes, else the agenda, always with one sentence saying which. */
function StudyBlock({ study, noticeId }: { study: MakeupStudy | null; noticeId: string | null }) {
  if (!study) return null
  return (
    <View className="ps-makeup-study">
      <View className="ps-muted ps-makeup-study-hint">{study.hint}</View>
      {study.materials.length > 0 && <MaterialList materials={study.materials} noticeId={noticeId} />}
      {study.minutes && (
        <View className="ps-makeup-minutes">
          <View className="ps-field__label">会议记录</View>
          <View className="ps-text ps-makeup-minutes-text">{study.minutes}</View>
          {study.resolutions.map((line) => (
            <View key={line} className="ps-text">
              · {line}
            </View>
          ))}
        </View>
      )}
      {study.materials.length === 0 && !study.minutes && study.agenda.length > 0 && (
        <View className="ps-makeup-agenda">
          <View className="ps-field__label">会议议程</View>
          {study.agenda.map((line) => (
            <View key={line} className="ps-text">
              · {line}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

/** 补学: opens once the meeting has ended; study what it lists and write a short reflection before the deadline. */
export function MakeupBox({
  meetingId,
  makeup,
  study,
  open,
  noticeId,
  moderation = null,
  onDone
}: {
  meetingId: string
  makeup: MakeupView
  study: MakeupStudy | null
  /** The meeting has ended (by the server's clock): the task is open. */
  open: boolean
  noticeId: string | null
  /** Content security on the reflection: 审核中 / 未通过审核，请修改 (only the member and the secretary see a held one). */
  moderation?: string | null
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
        {moderation && <View className="ps-muted ps-makeup-moderation">心得内容{moderation}（内容安全检查）</View>}
      </View>
    )
  }
  if (!open && makeup.opensAt) {
    return (
      <View className="ps-card ps-makeup">
        <View className="ps-card__title">
          补学<Text className="ps-tag ps-tag--muted">会后开放</Text>
        </View>
        <View className="ps-muted ps-makeup-not-open">
          会议结束后（{formatShanghai(makeup.opensAt)} 起）开放补学，届时学习会议材料或记录并写下心得，{formatShanghai(makeup.dueAt)} 前完成。
        </View>
      </View>
    )
  }
  return (
    <View className="ps-card ps-makeup">
      <View className="ps-card__title">
        补学<Text className="ps-tag ps-tag--warn">待完成</Text>
      </View>
      <View className="ps-muted ps-makeup-due">
        请在 {formatShanghai(makeup.dueAt)} 前学习以下内容，并写下学习心得（不少于 {MAKEUP_MIN_CHARS} 字）。
      </View>
      <StudyBlock study={study} noticeId={noticeId} />
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
        已写 {length}/{MAKEUP_MAX_CHARS} 字{length < MAKEUP_MIN_CHARS ? `，还差 ${MAKEUP_MIN_CHARS - length} 字` : ''}
      </View>
      <View className="ps-actions ps-actions--left">
        <Button className="ps-makeup-submit" type="primary" size="small" loading={sending} onClick={() => void send()}>
          提交补学
        </Button>
      </View>
    </View>
  )
}
