import { View } from '@tarojs/components'
import type { MeetingForm, MeetingType } from '@contract/meetings-api'
import { MEETING_FORMS, MEETING_TYPE_LABELS, MEETING_TYPES } from '@contract/meetings-rules'
import { weekdayLabel, weekdayOf } from '@/lib/calendar'
import { Input } from '@/ui/input'
import { changeMeetingForm, MEETING_LIMITS, type MeetingFormState } from '../meeting-form'
import { Chips } from './Chips'
import { Field } from '@/components/Field'
import { LinesEditor } from './LinesEditor'
import { NoticePicker } from './NoticePicker'

const TYPE_CHOICES = MEETING_TYPES.map((value) => ({ value, label: MEETING_TYPE_LABELS[value] }))
const FORM_CHOICES = MEETING_FORMS.map((value) => ({ value, label: value }))

/** Every field of a meeting; nothing here talks to the server except the notice list of 集体学习. */
export function MeetingEditor({ unitId, form, onChange }: { unitId: string; form: MeetingFormState; onChange: (form: MeetingFormState) => void }) {
  const edit = (patch: Partial<MeetingFormState>) => onChange(changeMeetingForm(form, patch))
  const weekday = weekdayLabel(weekdayOf(form.date.trim()))
  return (
    <View className="ps-meeting-editor">
      <View className="ps-card">
        <Field label="会议类型">
          <Chips<MeetingType> className="ps-meeting-type" value={form.type} choices={TYPE_CHOICES} onChange={(type) => edit({ type })} />
        </Field>
        <Field label="会议名称" hint={form.titleEdited ? undefined : '按类型和日期自动生成，可修改'}>
          <Input
            className="ps-meeting-title-input"
            value={form.title}
            maxLength={MEETING_LIMITS.title}
            placeholder="如 12月主题党日"
            onChange={(title) => edit({ title })}
          />
        </Field>
      </View>

      <View className="ps-card">
        <View className="ps-card__title">时间地点</View>
        <Field label={weekday ? `日期（${weekday}）` : '日期'}>
          <Input className="ps-meeting-date" value={form.date} maxLength={10} placeholder="YYYY-MM-DD" onChange={(date) => edit({ date })} />
        </Field>
        <View className="ps-m-row">
          <Field label="开始时间">
            <Input className="ps-meeting-start" value={form.startTime} maxLength={5} placeholder="15:00" onChange={(startTime) => edit({ startTime })} />
          </Field>
          <Field label="结束时间">
            <Input className="ps-meeting-end" value={form.endTime} maxLength={5} placeholder="17:00" onChange={(endTime) => edit({ endTime })} />
          </Field>
        </View>
        <Field label="地点">
          <Input
            className="ps-meeting-place"
            value={form.place}
            maxLength={MEETING_LIMITS.place}
            placeholder="如 党员活动室；线上请写会议号"
            onChange={(place) => edit({ place })}
          />
        </Field>
        <Field label="形式">
          <Chips<MeetingForm> className="ps-meeting-form" value={form.form} choices={FORM_CHOICES} onChange={(value) => edit({ form: value })} />
        </Field>
        <Field label="签到提前开放（分钟）" hint="签到二维码在开始前这么久开放，到会议结束为止；开始后签到记为迟到。">
          <Input
            className="ps-meeting-checkin-opens"
            type="number"
            value={form.checkinOpens}
            maxLength={4}
            placeholder="30"
            onChange={(checkinOpens) => edit({ checkinOpens })}
          />
        </Field>
      </View>

      <View className="ps-card">
        <View className="ps-card__title">议程</View>
        <LinesEditor
          className="ps-meeting-agenda"
          itemName="议程"
          items={form.agenda}
          max={MEETING_LIMITS.agendaItems}
          maxLength={MEETING_LIMITS.agendaItem}
          placeholder="如 传达上级会议精神"
          onChange={(agenda) => edit({ agenda })}
        />
      </View>

      <View className="ps-card">
        <View className="ps-card__title">学习材料</View>
        <View className="ps-muted">请假或缺席的党员补学时学习这些材料。可填写标题或链接。</View>
        <LinesEditor
          className="ps-meeting-materials"
          itemName="材料"
          items={form.materials}
          max={MEETING_LIMITS.materials}
          maxLength={MEETING_LIMITS.material}
          placeholder="如 《中国共产党章程》"
          onChange={(materials) => edit({ materials })}
        />
      </View>

      {form.type === 'collective_study' && (
        <View className="ps-card">
          <View className="ps-card__title">关联学习安排</View>
          <NoticePicker unitId={unitId} value={form.noticeId} onChange={(noticeId) => edit({ noticeId })} />
        </View>
      )}
    </View>
  )
}
