import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MeetingForm, ThemeDayRule } from '@contract/meetings-api'
import { MEETING_FORMS, NTH_LABELS, WEEKDAY_LABELS } from '@contract/meetings-rules'
import { ApiError } from '@/api/errors'
import { formatDay, formatShanghai } from '@/lib/calendar'
import { showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { Input } from '@/ui/input'
import { isClockTime, ruleFormFrom, ruleFromForm, themeDayDates, type RuleForm } from '../rule-dates'
import { Chips } from './Chips'
import { Field } from '@/components/Field'

const NTH_CHOICES = ([1, 2, 3, 4, -1] as const).map((value) => ({ value, label: NTH_LABELS[String(value)] }))
const WEEKDAY_CHOICES = ([1, 2, 3, 4, 5, 6, 7] as const).map((value) => ({ value, label: WEEKDAY_LABELS[value] }))
const FORM_CHOICES = MEETING_FORMS.map((value) => ({ value, label: value }))

/**
 * 主题党日规则: 每月第几个周几、几点、多长、在哪、什么形式, with the days it
 * means for the rest of this year. The preview is only a preview: saving asks
 * the server, which generates the meetings and keeps the edited or started ones.
 */
export function RuleEditor({ saved, onSave }: { saved: ThemeDayRule | null; onSave: (rule: ThemeDayRule) => Promise<void> }) {
  const [form, setForm] = useState<RuleForm>(() => ruleFormFrom(saved))
  const [problems, setProblems] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const edit = (patch: Partial<RuleForm>) => {
    const next = { ...form, ...patch }
    setForm(next)
    if (problems.length) setProblems(ruleFromForm(next).problems)
  }

  const preview = isClockTime(form.time.trim()) ? themeDayDates({ nth: form.nth, weekday: form.weekday, time: form.time.trim() }, new Date()) : []

  const save = async () => {
    if (saving) return
    const check = ruleFromForm(form)
    setProblems(check.problems)
    if (!check.rule) {
      showError(new ApiError('INVALID_INPUT', `还有 ${check.problems.length} 处需要修改`))
      return
    }
    setSaving(true)
    try {
      await onSave(check.rule)
    } catch (error) {
      showError(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="ps-rule-editor">
      <View className="ps-card">
        <View className="ps-card__title">每月固定时间</View>
        <Field label="每月">
          <Chips className="ps-rule-nth" value={form.nth} choices={NTH_CHOICES} onChange={(nth) => edit({ nth })} />
        </Field>
        <Field label="星期">
          <Chips className="ps-rule-weekday" value={form.weekday} choices={WEEKDAY_CHOICES} onChange={(weekday) => edit({ weekday })} />
        </Field>
        <View className="ps-m-row">
          <Field label="开始时间">
            <Input className="ps-rule-time" value={form.time} maxLength={5} placeholder="如 15:00" onChange={(time) => edit({ time })} />
          </Field>
          <Field label="时长（分钟）">
            <Input
              className="ps-rule-duration"
              type="number"
              value={form.duration}
              maxLength={3}
              placeholder="120"
              onChange={(duration) => edit({ duration })}
            />
          </Field>
        </View>
        <Field label="地点">
          <Input className="ps-rule-place" value={form.place} maxLength={80} placeholder="如 党员活动室" onChange={(place) => edit({ place })} />
        </Field>
        <Field label="形式">
          <Chips<MeetingForm> className="ps-rule-form" value={form.form} choices={FORM_CHOICES} onChange={(value) => edit({ form: value })} />
        </Field>
      </View>

      <View className="ps-card ps-rule-preview">
        <View className="ps-card__title">
          今年剩余的主题党日<Text className="ps-card__title-extra">{preview.length} 次</Text>
        </View>
        <View className="ps-muted">
          每月{NTH_LABELS[String(form.nth)]}
          {WEEKDAY_LABELS[form.weekday]} {isClockTime(form.time.trim()) ? form.time.trim() : '--:--'}
          （北京时间）。保存后按此生成；已修改或已开始的主题党日保留不变。
        </View>
        {preview.length === 0 && <View className="ps-muted ps-rule-preview-empty">今年已没有符合规则的日期</View>}
        {preview.map((day) => (
          <View key={day.date} className="ps-m-line-row ps-rule-preview-date">
            {formatDay(day.date)} {WEEKDAY_LABELS[form.weekday]} {formatShanghai(day.startAt).slice(11)}
          </View>
        ))}
      </View>

      {problems.length > 0 && (
        <View className="ps-problems ps-rule-problems">
          {problems.map((problem) => (
            <View key={problem}>· {problem}</View>
          ))}
        </View>
      )}
      <View className="ps-bottom-bar">
        <Button className="ps-rule-save" type="primary" loading={saving} onClick={() => void save()}>
          保存并生成
        </Button>
      </View>
    </View>
  )
}
