import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { StudyRecordSession } from '@contract/notices-api'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { Button } from '@/ui/button'
import { exportRecord, getRecord } from '../api'
import { saveOfficeFile } from '@/lib/office-file'
import './study-record.css'

function Rows({ rows }: { rows: Array<[string, string]> }) {
  return (
    <View className="ps-record-rows">
      {rows.map(([label, value]) => (
        <View key={label} className="ps-record-row">
          <Text className="ps-record-row__label">{label}</Text>
          <Text className="ps-record-row__value">{value}</Text>
        </View>
      ))}
    </View>
  )
}

function Session({ session }: { session: StudyRecordSession }) {
  return (
    <View className="ps-record-session">
      <View className="ps-record-session__title">{session.heading}</View>
      <Rows rows={session.rows} />
      <View className="ps-record-minutes">
        <Text className="ps-record-row__label">会议内容</Text>
        {session.minutes ? (
          session.minutes.map((line, i) => (
            <View key={i} className="ps-record-minutes__line">
              {line}
            </View>
          ))
        ) : (
          <View className="ps-muted">（尚未填写）</View>
        )}
      </View>
    </View>
  )
}

/**
 * 学习教育记录 (secretary): what the .docx and .xlsx will say, shown before
 * exporting. Time, place, form, attendance and minutes are the linked
 * meeting's; without one, the record says what is not recorded.
 */
export function StudyRecordCard({ noticeId, unitId }: { noticeId: string; unitId: string }) {
  const record = useRequest(() => getRecord({ id: noticeId, unitId }))
  const [exporting, setExporting] = useState<'docx' | 'xlsx' | null>(null)

  const download = async (format: 'docx' | 'xlsx') => {
    if (exporting) return
    setExporting(format)
    try {
      const { fileName, base64 } = await exportRecord({ id: noticeId, unitId, format })
      await saveOfficeFile(format, fileName, base64)
      showDone('学习记录已生成')
    } catch (error) {
      showError(error)
    } finally {
      setExporting(null)
    }
  }

  const data = record.data
  return (
    <View className="ps-card ps-notice-record">
      <View className="ps-card__title">学习教育记录</View>
      {record.loading && <LoadingView />}
      {record.error && <ErrorView error={record.error} onRetry={record.refetch} />}
      {data && (
        <View className="ps-record-view">
          <View className="ps-muted ps-record-source">
            {data.held
              ? '时间、地点、方式、出席和会议内容取自本支部关联本期学习安排的组织生活会议，与会议记录一致。'
              : '本支部尚未登记关联本期学习安排的集体学习：在「组织生活」中创建并关联本期学习安排，签到和会议记录会自动记入。'}
          </View>
          {data.sessions.map((session) => (
            <Session key={session.meetingId} session={session} />
          ))}
          <Rows rows={data.rows} />
        </View>
      )}
      <View className="ps-actions ps-actions--left">
        <Button className="ps-record-export" type="primary" size="small" loading={exporting === 'docx'} onClick={() => void download('docx')}>
          导出学习记录
        </Button>
        <Button className="ps-record-export-xlsx" size="small" fill="outline" loading={exporting === 'xlsx'} onClick={() => void download('xlsx')}>
          导出表格
        </Button>
      </View>
    </View>
  )
}
