import { Text, View } from '@tarojs/components'
import { MAX_YEAR, MIN_YEAR } from '../scope'

/**
 * 年度要求's only control: ‹ 上一年 · 2026年 · 下一年 ›. The requirements are
 * yearly, so the 周 / 月 / 季度 / 按期 picker of 参与情况 does not apply here.
 */
export function YearStepper({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const step = (by: number) => {
    const next = year + by
    if (next >= MIN_YEAR && next <= MAX_YEAR) onChange(next)
  }
  return (
    <View className="ps-card ps-dashboard-scope ps-dashboard-year-stepper">
      <View className="ps-d-stepper">
        <Text className="ps-d-stepper__arrow ps-dashboard-year-prev" onClick={() => step(-1)}>
          ‹ 上一年
        </Text>
        <Text className="ps-d-stepper__label ps-dashboard-year-label">{year}年</Text>
        <Text className="ps-d-stepper__arrow ps-dashboard-year-next" onClick={() => step(1)}>
          下一年 ›
        </Text>
      </View>
    </View>
  )
}
