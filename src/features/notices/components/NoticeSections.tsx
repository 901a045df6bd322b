import { Text, View } from '@tarojs/components'
import type { ScheduleChange } from '@contract/notices-api'
import type { NoticeMaterial, NoticeScheduleEntry } from '@contract/notices'
import { formatDay, formatShanghai, weekdayLabel } from '@/lib/calendar'

/** 一、时间安排, and the branch's own arrangement when it moved the time. */
export function ScheduleView({ schedule, change }: { schedule: NoticeScheduleEntry[]; change: ScheduleChange | null }) {
  return (
    <View className="ps-card ps-notice-schedule">
      <View className="ps-card__title">时间安排</View>
      {schedule.map((row, index) => (
        <View key={index} className="ps-n-schedule-row">
          <Text className="ps-n-schedule-row__when">
            {row.week ? `第${row.week}周 · ` : ''}
            {formatDay(row.date)} {weekdayLabel(row.weekday)}
          </Text>
          {row.organizers.length > 0 && <Text className="ps-n-schedule-row__who">组织者：{row.organizers.join('、')}</Text>}
        </View>
      ))}
      {change && (
        <View className="ps-notice-change">
          本支部已调整为：{formatShanghai(change.startAt)}，{change.form}，地点：{change.place}
        </View>
      )}
    </View>
  )
}

/** A titled block of running text (主题, 目的). */
export function TextSection({ title, text, className }: { title: string; text: string; className?: string }) {
  if (!text) return null
  return (
    <View className={`ps-card ${className ?? ''}`}>
      <View className="ps-card__title">{title}</View>
      <View className="ps-text">{text}</View>
    </View>
  )
}

/** A titled numbered list (学习要求). */
export function NumberedSection({ title, items, className }: { title: string; items: string[]; className?: string }) {
  if (items.length === 0) return null
  return (
    <View className={`ps-card ${className ?? ''}`}>
      <View className="ps-card__title">{title}</View>
      {items.map((item, index) => (
        <View key={index} className="ps-n-list-item">
          {index + 1}. {item}
        </View>
      ))}
    </View>
  )
}

/** 学习内容: each material a tap target (the tap is the read receipt); what was already opened is marked. */
export function MaterialList({ materials, read, onOpen }: { materials: NoticeMaterial[]; read: number[]; onOpen: (index: number) => void }) {
  if (materials.length === 0) return null
  const opened = new Set(read)
  return (
    <View className="ps-card ps-notice-materials">
      <View className="ps-card__title">
        学习内容<Text className="ps-card__title-extra">点击阅读</Text>
      </View>
      {materials.map((material, index) => {
        const meta = [material.fullText ? '附全文' : material.url ? '网页链接' : '', material.page ? `汇编第 ${material.page} 页` : '', material.note ?? '']
          .filter(Boolean)
          .join(' · ')
        return (
          <View key={index} className={`ps-notice-material${opened.has(index) ? ' ps-notice-material--read' : ''}`} onClick={() => onOpen(index)}>
            <Text className="ps-notice-material__no">{index + 1}.</Text>
            <View className="ps-notice-material__main">
              <Text className="ps-notice-material__title">{material.title}</Text>
              {meta && <Text className="ps-notice-material__meta">{meta}</Text>}
            </View>
            {opened.has(index) && <Text className="ps-notice-material__read">已学习</Text>}
          </View>
        )
      })}
    </View>
  )
}
