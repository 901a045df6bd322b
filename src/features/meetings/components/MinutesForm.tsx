import { useState } from 'react'
import { View } from '@tarojs/components'
import type { MeetingCounters, MeetingDetail } from '@contract/meetings-api'
import { ApiError } from '@/api/errors'
import { formatShanghai } from '@/lib/calendar'
import { showDone, showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { TextArea } from '@/ui/textarea'
import { saveMinutes } from '../api'
import { LinesEditor } from './LinesEditor'

const MIN_CONTENT = 10
const MAX_CONTENT = 5000

/**
 * 会议记录: what was discussed and decided. Saved after the start; saved once
 * the meeting has ended it also makes attendance final (those not checked in
 * and not on leave become absent, with a 补学 task) — the server decides which.
 */
export function MinutesForm({ meeting, onSaved }: { meeting: MeetingDetail; onSaved: (result: { recorded: boolean; counters: MeetingCounters }) => void }) {
  const [content, setContent] = useState(meeting.minutes?.content ?? '')
  const [resolutions, setResolutions] = useState<string[]>(meeting.minutes?.resolutions.length ? meeting.minutes.resolutions : [''])
  const [recorded, setRecorded] = useState(meeting.recorded)
  const [saving, setSaving] = useState(false)
  // Until the start there is nothing to record: the form is shown disabled, with the reason, not refused on save.
  const started = meeting.started

  const save = async () => {
    if (saving) return
    const text = content.trim()
    if (text.length < MIN_CONTENT) {
      showError(new ApiError('INVALID_INPUT', `会议内容至少 ${MIN_CONTENT} 字`))
      return
    }
    setSaving(true)
    try {
      const result = await saveMinutes({ id: meeting.id, content: text, resolutions: resolutions.map((line) => line.trim()).filter(Boolean) })
      setRecorded(result.recorded)
      onSaved(result)
      showDone(result.recorded ? '记录已完成' : '记录已保存')
    } catch (error) {
      showError(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="ps-card ps-minutes">
      <View className="ps-card__title">会议记录</View>
      {meeting.minutesModeration && (
        <View className="ps-status ps-status--inline ps-minutes-moderation">
          记录内容{meeting.minutesModeration}（微信内容安全检查）：组织委员、党总支或组织部释放前，党员看不到这份记录，导出的记录也不含它。
        </View>
      )}
      {!started ? (
        <View className="ps-status ps-status--inline ps-minutes-locked">会议开始后（{formatShanghai(meeting.startAt)} 起）才能填写记录。</View>
      ) : recorded ? (
        <View className="ps-status ps-status--inline ps-minutes-recorded">记录已完成，考勤已确认。</View>
      ) : (
        <View className="ps-muted ps-minutes-hint">会议开始后可填写；会议结束后保存即确认考勤：未签到且未请假的记为缺席，并生成补学任务。</View>
      )}
      <TextArea
        className="ps-minutes-content"
        value={content}
        maxLength={MAX_CONTENT}
        showCount
        autoSize
        rows={6}
        disabled={!started}
        placeholder={started ? '会议主要内容、讨论情况' : '会议开始后可填写'}
        onChange={setContent}
      />
      <View className="ps-field__label">决议事项</View>
      {started && (
        <LinesEditor
          className="ps-minutes-resolutions"
          itemName="决议"
          items={resolutions}
          max={20}
          maxLength={300}
          placeholder="如 通过××同志转为正式党员"
          onChange={setResolutions}
        />
      )}
      <View className="ps-actions ps-actions--left">
        <Button className="ps-minutes-save" type="primary" size="small" loading={saving} disabled={!started} onClick={() => void save()}>
          {recorded ? '更新记录' : '保存记录'}
        </Button>
      </View>
    </View>
  )
}
