import { Text, View } from '@tarojs/components'
import type { ImportPreview } from '@contract/org'

/** Rows beyond this are counted, not listed: a long list helps nobody check a file. */
const SHOWN_ROWS = 100

/** What the server found in the file: counts, every error by row and column, and the rows that will be imported. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { totalRows, validRows, errors } = preview
  const errorRows = new Set(errors.map((error) => error.row)).size
  return (
    <View className="ps-import-preview">
      <View className="ps-import-counts">
        共 <Text className="ps-import-count-total">{totalRows}</Text> 行：有效 <Text className="ps-import-count-valid">{validRows.length}</Text> 行，有问题{' '}
        <Text className="ps-import-count-errors">{errorRows}</Text> 行
      </View>

      {errors.length > 0 && (
        <View className="ps-section">
          <View className="ps-section__title">需要修改的地方（{errors.length}）</View>
          <View className="ps-table">
            {errors.slice(0, SHOWN_ROWS).map((error, index) => (
              <View key={`${error.row}-${error.column}-${index}`} className="ps-table__row ps-import-error">
                <Text className="ps-import-error__where">
                  第 {error.row} 行 · {error.column}
                </Text>
                <Text className="ps-import-error__reason">{error.reason}</Text>
              </View>
            ))}
          </View>
          {errors.length > SHOWN_ROWS && <View className="ps-table__more">另有 {errors.length - SHOWN_ROWS} 处未列出</View>}
        </View>
      )}

      {validRows.length > 0 && (
        <View className="ps-section">
          <View className="ps-section__title">将导入的党员（{validRows.length}）</View>
          <View className="ps-table">
            {validRows.slice(0, SHOWN_ROWS).map((row) => (
              <View key={row.row} className="ps-table__row ps-import-row">
                <Text className="ps-import-row__no">{row.row}</Text>
                <Text className="ps-import-row__name">{row.name}</Text>
                <Text className="ps-import-row__detail">
                  {row.unitName}
                  {row.groupName ? ` · ${row.groupName}` : ''} · {row.type} · {row.category}
                </Text>
              </View>
            ))}
          </View>
          {validRows.length > SHOWN_ROWS && <View className="ps-table__more">另有 {validRows.length - SHOWN_ROWS} 行未列出</View>}
        </View>
      )}
    </View>
  )
}
