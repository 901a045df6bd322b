import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import type { QuotaKey, QuotaSettings } from '@contract/dashboard-api'
import { DEFAULT_QUOTAS, QUOTA_HINTS, QUOTA_LABELS } from '@contract/dashboard-rules'
import { ApiError } from '@/api/errors'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { Field } from '@/components/Field'
import { formatDay, shanghaiDay } from '@/lib/calendar'
import { showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { Input } from '@/ui/input'
import { Switch } from '@/ui/switch'
import { COUNT_FROM_MAX, COUNT_FROM_MIN, quotaFormFrom, quotaSettingsFrom, sameSettings, targetInForce, toggleMonth, type QuotaForm } from '../quota-form'

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/**
 * 年度要求设置: the committee's yearly requirements for every branch. Saving
 * asks first: every branch's progress and the monthly reminders follow it.
 */
export function QuotaSettingsForm({ saved, onSave }: { saved: QuotaSettings; onSave: (settings: QuotaSettings) => Promise<void> }) {
  const [form, setForm] = useState<QuotaForm>(() => quotaFormFrom(saved))
  const [problems, setProblems] = useState<string[]>([])
  const [confirming, setConfirming] = useState<QuotaSettings | null>(null)

  const edit = (patch: Partial<QuotaForm>) => {
    const next = { ...form, ...patch }
    setForm(next)
    if (problems.length) setProblems(quotaSettingsFrom(next).problems)
  }
  const setCount = (key: QuotaKey, value: string) => edit({ perYear: { ...form.perYear, [key]: value } })

  const askToSave = () => {
    const check = quotaSettingsFrom(form)
    setProblems(check.problems)
    if (!check.settings) {
      showError(new ApiError('INVALID_INPUT', `还有 ${check.problems.length} 处需要修改`))
      return
    }
    setConfirming(check.settings)
  }

  const count = (key: QuotaKey) => (
    <Field label={`${QUOTA_LABELS[key]}（次/年）`} hint={QUOTA_HINTS[key]}>
      <Input className={`ps-quota-input ps-quota-${key}`} type="number" value={form.perYear[key]} maxLength={3} onChange={(value) => setCount(key, value)} />
    </Field>
  )

  return (
    <View className="ps-quota-settings">
      <View className="ps-card">
        <View className="ps-card__title">组织生活</View>
        {count('collectiveStudy')}
        <View className="ps-d-switch-row">
          <Text>每月至少 1 次集体学习</Text>
          <Switch className="ps-quota-monthly" checked={form.monthly} onChange={(monthly) => edit({ monthly })} />
        </View>
        <TargetInForce text={targetInForce(form, 'collectiveStudy')} className="ps-quota-monthly-target" />
        {count('thematicDiscussion')}
        <View className="ps-d-switch-row">
          <Text>每季度 1 次专题研讨</Text>
          <Switch className="ps-quota-quarterly" checked={form.quarterly} onChange={(quarterly) => edit({ quarterly })} />
        </View>
        <TargetInForce text={targetInForce(form, 'thematicDiscussion')} className="ps-quota-quarterly-target" />
        {count('memberActivity')}
      </View>

      <View className="ps-card">
        <View className="ps-card__title">党课与年度会议</View>
        {count('partyLecture')}
        <Field label="党课计入的月份" hint="在所选月份讲党课才计入">
          <View className="ps-d-chips">
            {MONTHS.map((month) => (
              <Text
                key={month}
                className={`ps-d-chip ps-quota-month-choice${form.lectureMonths.includes(month) ? ' ps-d-chip--on' : ''}`}
                onClick={() => edit({ lectureMonths: toggleMonth(form.lectureMonths, month) })}
              >
                {month}月
              </Text>
            ))}
          </View>
        </Field>
        {count('specialLifeMeeting')}
        {count('democraticEvaluation')}
      </View>

      <View className="ps-card">
        <View className="ps-card__title">集中学习培训</View>
        <Field label="每名党员每年（天）" hint="机关、国有企业、事业单位党员不少于 12 天，其他党员不少于 6 天">
          <Input
            className="ps-quota-input ps-quota-educationDays"
            type="number"
            value={form.educationDays}
            maxLength={3}
            onChange={(educationDays) => edit({ educationDays })}
          />
        </Field>
      </View>

      <View className="ps-card">
        <View className="ps-card__title">起算日期</View>
        <Field
          label="从哪一天起计算各支部的进度"
          hint={
            form.countFrom
              ? '各党支部从此日起计算；建立晚于此日的支部从建立之日起计算。此前的月份不要求。'
              : '未设定：各党支部从开始使用本系统的次月起计算（当月不计），尚未使用的支部暂不计算。'
          }
        >
          <View className="ps-d-date-row">
            <Picker
              mode="date"
              value={form.countFrom || shanghaiDay(new Date())}
              start={COUNT_FROM_MIN}
              end={COUNT_FROM_MAX}
              onChange={(event) => edit({ countFrom: String(event.detail.value) })}
            >
              <View className={`ps-d-date-row__picker ps-quota-countFrom${form.countFrom ? '' : ' ps-d-date-row__picker--empty'}`}>
                {form.countFrom ? formatDay(form.countFrom) : '未设定（从各支部开始使用起）'}
              </View>
            </Picker>
            {form.countFrom && (
              <Text className="ps-d-date-row__clear ps-quota-countFrom-clear" onClick={() => edit({ countFrom: '' })}>
                清除
              </Text>
            )}
          </View>
        </Field>
      </View>

      {problems.length > 0 && (
        <View className="ps-problems ps-quota-problems">
          {problems.map((problem) => (
            <View key={problem}>· {problem}</View>
          ))}
        </View>
      )}
      <View className="ps-bottom-bar">
        <Button className="ps-quota-defaults" fill="outline" onClick={() => edit(quotaFormFrom(DEFAULT_QUOTAS))}>
          恢复默认
        </Button>
        <Button className="ps-quota-save" type="primary" onClick={askToSave}>
          保存
        </Button>
      </View>

      <ConfirmDialog
        className="ps-quota-save-dialog"
        visible={confirming !== null}
        title="保存年度要求？"
        message={
          confirming && sameSettings(confirming, saved)
            ? '与当前要求相同，保存不会改变什么。'
            : '保存后，各党支部的年度要求进度按新的要求计算，每月的落后提醒也按此发送。'
        }
        confirmText="保存"
        onConfirm={async () => {
          if (confirming) await onSave(confirming)
          setConfirming(null)
        }}
        onClose={() => setConfirming(null)}
      />
    </View>
  )
}

/** The target in force next to its switch, as the 年度要求 tab will show it; nothing while the number is not valid. */
function TargetInForce({ text, className }: { text: string | null; className: string }) {
  if (!text) return null
  return <View className={`ps-d-switch-target ${className}`}>{text}</View>
}
