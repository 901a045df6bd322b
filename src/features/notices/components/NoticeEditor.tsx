import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Input } from '@/ui/input'
import { TextArea } from '@/ui/textarea'
import { weekdayLabel, weekdayOf, formatDay } from '@/lib/calendar'
import { emptyMaterial, emptyScheduleRow, lastScheduledDay, LIMITS, type MaterialForm, type NoticeForm, type ScheduleRowForm } from '../notice-form'
import { Field } from '@/components/Field'

type Update = (change: (form: NoticeForm) => NoticeForm) => void

function replaceAt<T>(list: T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item))
}

function removeAt<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index)
}

/**
 * Every section of the parsed notice as editable fields: what the parser read
 * is a proposal, the department's person decides. Nothing here talks to the
 * server.
 */
export function NoticeEditor({ form, onChange }: { form: NoticeForm; onChange: (form: NoticeForm) => void }) {
  const update: Update = (change) => onChange(change(form))
  const deadlineDefault = lastScheduledDay(form)
  return (
    <View className="ps-notice-editor">
      <View className="ps-card">
        <View className="ps-card__title">期号</View>
        <View className="ps-n-row">
          <Field label="年份">
            <Input
              className="ps-notice-year-input"
              type="number"
              value={form.year}
              maxLength={4}
              placeholder="如 2020"
              onChange={(year) => update((f) => ({ ...f, year }))}
            />
          </Field>
          <Field label="第几期">
            <Input
              className="ps-notice-issue-input"
              type="number"
              value={form.issueNo}
              maxLength={3}
              placeholder="如 3"
              onChange={(issueNo) => update((f) => ({ ...f, issueNo }))}
            />
          </Field>
        </View>
        <View className="ps-n-row">
          <Field label="编发单位">
            <Input
              className="ps-notice-compiled-input"
              value={form.compiledBy}
              maxLength={LIMITS.compiledBy}
              onChange={(compiledBy) => update((f) => ({ ...f, compiledBy }))}
            />
          </Field>
          <Field label="印发日期">
            <Input
              className="ps-notice-published-input"
              value={form.publishedOn}
              maxLength={10}
              placeholder="YYYY-MM-DD"
              onChange={(publishedOn) => update((f) => ({ ...f, publishedOn }))}
            />
          </Field>
        </View>
      </View>

      <View className="ps-card">
        <View className="ps-card__title">一、时间安排</View>
        {form.schedule.map((row, index) => (
          <ScheduleRowEditor
            key={index}
            index={index}
            row={row}
            removable={form.schedule.length > 1}
            onChange={(next) => update((f) => ({ ...f, schedule: replaceAt(f.schedule, index, next) }))}
            onRemove={() => update((f) => ({ ...f, schedule: removeAt(f.schedule, index) }))}
          />
        ))}
        {form.schedule.length < LIMITS.scheduleRows && (
          <View className="ps-n-add ps-schedule-add" onClick={() => update((f) => ({ ...f, schedule: [...f.schedule, emptyScheduleRow()] }))}>
            ＋ 添加一行
          </View>
        )}
      </View>

      <View className="ps-card">
        <View className="ps-card__title">二、学习教育主题</View>
        <TextArea
          className="ps-notice-theme-input"
          value={form.theme}
          maxLength={LIMITS.theme}
          autoSize
          placeholder="学习教育主题"
          onChange={(theme) => update((f) => ({ ...f, theme }))}
        />
      </View>

      <View className="ps-card">
        <View className="ps-card__title">三、学习教育目的</View>
        <TextArea
          className="ps-notice-purpose-input"
          value={form.purpose}
          maxLength={LIMITS.purpose}
          autoSize
          placeholder="学习教育目的"
          onChange={(purpose) => update((f) => ({ ...f, purpose }))}
        />
      </View>

      <View className="ps-card">
        <View className="ps-card__title">
          四、学习内容<Text className="ps-card__title-extra">{form.materials.length} 份</Text>
        </View>
        {form.materials.map((material, index) => (
          <MaterialEditor
            key={index}
            index={index}
            material={material}
            onChange={(next) => update((f) => ({ ...f, materials: replaceAt(f.materials, index, next) }))}
            onRemove={() => update((f) => ({ ...f, materials: removeAt(f.materials, index) }))}
          />
        ))}
        {form.materials.length < LIMITS.materials && (
          <View className="ps-n-add ps-material-add" onClick={() => update((f) => ({ ...f, materials: [...f.materials, emptyMaterial()] }))}>
            ＋ 添加学习材料
          </View>
        )}
      </View>

      <TextListEditor
        title="五、学习讨论"
        itemName="讨论题"
        className="ps-question-input"
        items={form.discussion}
        max={LIMITS.questions}
        maxLength={LIMITS.question}
        minItems={1}
        onChange={(discussion) => update((f) => ({ ...f, discussion }))}
      />

      <TextListEditor
        title="六、学习要求"
        itemName="要求"
        className="ps-requirement-input"
        items={form.requirements}
        max={LIMITS.requirements}
        maxLength={LIMITS.requirement}
        minItems={0}
        onChange={(requirements) => update((f) => ({ ...f, requirements }))}
      />

      <View className="ps-card">
        <View className="ps-card__title">回答截止</View>
        <Field
          label="截止日期（当天 23:59）"
          hint={`留空则为最后一个学习日${deadlineDefault ? `（${formatDay(deadlineDefault)}）` : ''}当天 23:59；截止前党员可修改回答。`}
        >
          <Input
            className="ps-notice-deadline-input"
            value={form.answerDeadline}
            maxLength={10}
            placeholder="YYYY-MM-DD"
            onChange={(answerDeadline) => update((f) => ({ ...f, answerDeadline }))}
          />
        </Field>
      </View>
    </View>
  )
}

function ScheduleRowEditor({
  index,
  row,
  removable,
  onChange,
  onRemove
}: {
  index: number
  row: ScheduleRowForm
  removable: boolean
  onChange: (row: ScheduleRowForm) => void
  onRemove: () => void
}) {
  const weekday = weekdayLabel(weekdayOf(row.date.trim()))
  return (
    <View className="ps-n-item ps-schedule-row">
      <View className="ps-n-item__head">
        <Text>第 {index + 1} 行</Text>
        {removable && (
          <Text className="ps-n-remove" onClick={onRemove}>
            删除
          </Text>
        )}
      </View>
      <View className="ps-n-row">
        <Field label="周次">
          <Input
            className="ps-schedule-week"
            type="number"
            value={row.week}
            maxLength={2}
            placeholder="如 13"
            onChange={(week) => onChange({ ...row, week })}
          />
        </Field>
        <Field label={weekday ? `日期（${weekday}）` : '日期'}>
          <Input className="ps-schedule-date" value={row.date} maxLength={10} placeholder="YYYY-MM-DD" onChange={(date) => onChange({ ...row, date })} />
        </Field>
      </View>
      <Field label="组织者" hint="多个用顿号分隔">
        <Input
          className="ps-schedule-organizers"
          value={row.organizers}
          maxLength={200}
          placeholder="如 机关党工委、党总支（直属党支部）"
          onChange={(organizers) => onChange({ ...row, organizers })}
        />
      </Field>
    </View>
  )
}

function MaterialEditor({
  index,
  material,
  onChange,
  onRemove
}: {
  index: number
  material: MaterialForm
  onChange: (material: MaterialForm) => void
  onRemove: () => void
}) {
  const [showFullText, setShowFullText] = useState(false)
  return (
    <View className="ps-n-item ps-material-editor">
      <View className="ps-n-item__head">
        <Text>材料 {index + 1}</Text>
        <Text className="ps-n-remove" onClick={onRemove}>
          删除
        </Text>
      </View>
      <Field label="标题">
        <TextArea
          className="ps-material-title"
          value={material.title}
          maxLength={LIMITS.materialTitle}
          autoSize
          onChange={(title) => onChange({ ...material, title })}
        />
      </Field>
      <Field label="链接（可空）">
        <Input
          className="ps-material-url"
          value={material.url}
          maxLength={LIMITS.url}
          placeholder="http://…"
          onChange={(url) => onChange({ ...material, url })}
        />
      </Field>
      <View className="ps-n-row">
        <Field label="汇编页码">
          <Input
            className="ps-material-page"
            type="number"
            value={material.page}
            maxLength={4}
            placeholder="可空"
            onChange={(page) => onChange({ ...material, page })}
          />
        </Field>
        <Field label="备注">
          <Input
            className="ps-material-note"
            value={material.note}
            maxLength={LIMITS.note}
            placeholder="如 已发支部"
            onChange={(note) => onChange({ ...material, note })}
          />
        </Field>
      </View>
      <View className="ps-muted">
        {material.fullText ? `附全文 ${material.fullText.length} 字` : '未附全文'}
        <Text className="ps-n-link ps-material-fulltext-toggle" onClick={() => setShowFullText((on) => !on)}>
          {'  '}
          {showFullText ? '收起' : material.fullText ? '查看/修改全文' : '添加全文'}
        </Text>
      </View>
      {showFullText && (
        <TextArea
          className="ps-material-fulltext"
          value={material.fullText}
          maxLength={LIMITS.fullText}
          rows={10}
          onChange={(fullText) => onChange({ ...material, fullText })}
        />
      )}
    </View>
  )
}

function TextListEditor({
  title,
  itemName,
  className,
  items,
  max,
  maxLength,
  minItems,
  onChange
}: {
  title: string
  itemName: string
  className: string
  items: string[]
  max: number
  maxLength: number
  minItems: number
  onChange: (items: string[]) => void
}) {
  return (
    <View className="ps-card">
      <View className="ps-card__title">
        {title}
        <Text className="ps-card__title-extra">{items.filter((item) => item.trim()).length} 条</Text>
      </View>
      {items.map((item, index) => (
        <View key={index} className="ps-n-item">
          <View className="ps-n-item__head">
            <Text>
              {itemName} {index + 1}
            </Text>
            {items.length > minItems && (
              <Text className="ps-n-remove" onClick={() => onChange(removeAt(items, index))}>
                删除
              </Text>
            )}
          </View>
          <TextArea className={className} value={item} maxLength={maxLength} autoSize onChange={(value) => onChange(replaceAt(items, index, value))} />
        </View>
      ))}
      {items.length < max && (
        <View className="ps-n-add" onClick={() => onChange([...items, ''])}>
          ＋ 添加{itemName}
        </View>
      )}
    </View>
  )
}
