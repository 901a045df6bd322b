import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MyDataTable } from '@contract/me'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { formatShanghai } from '@/lib/calendar'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { Button } from '@/ui/button'
import { exportMyData, myData } from '../api'
import { saveOfficeFile } from '@/lib/office-file'
import './me.css'

/** One table: its purpose, then each row as "column：value" lines (a phone is too narrow for a grid). */
function DataTable({ table }: { table: MyDataTable }) {
  return (
    <View className={`ps-card ps-my-data__table ps-my-data__table--${table.key}`}>
      <View className="ps-my-data__title">
        {table.title} <Text className="ps-muted">（{table.rows.length} 条）</Text>
      </View>
      <View className="ps-my-data__purpose ps-muted">{table.purpose}</View>
      {table.rows.length === 0 && <View className="ps-my-data__none ps-muted">没有记录</View>}
      {table.rows.map((row, i) => (
        <View key={i} className="ps-my-data__row">
          {row.map((cell, j) =>
            cell ? (
              <View key={j} className="ps-my-data__cell">
                <Text className="ps-my-data__label">{table.columns[j]}：</Text>
                <Text className="ps-my-data__value">{cell}</Text>
              </View>
            ) : null
          )}
        </View>
      ))}
    </View>
  )
}

/** 我的数据: everything stored about me, and its export as an Excel file. Only ever my own (the server decides from WeChat). */
export function MyData() {
  const { data, error, loading, refetch } = useRequest(myData)
  const [exporting, setExporting] = useState(false)
  const download = async () => {
    setExporting(true)
    try {
      const file = await exportMyData()
      await saveOfficeFile('xlsx', file.fileName, file.base64)
      showDone('已导出')
    } catch (cause) {
      showError(cause)
    } finally {
      setExporting(false)
    }
  }
  if (loading) return <LoadingView text="正在汇总你的数据…" />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  if (!data) return <EmptyView text="没有数据" />
  return (
    <View className="ps-my-data">
      <View className="ps-card">
        <View className="ps-my-data__intro">
          以下是系统保存的关于 <Text className="ps-my-data__name">{data.name}</Text> 的全部记录（{formatShanghai(data.gatheredAt)}{' '}
          汇总）。如有错误，请联系本支部书记更正。
        </View>
        <Button className="ps-my-data__export" type="primary" block loading={exporting} onClick={() => void download()}>
          导出为 Excel 文件
        </Button>
      </View>
      {data.tables.map((table) => (
        <DataTable key={table.key} table={table} />
      ))}
    </View>
  )
}
