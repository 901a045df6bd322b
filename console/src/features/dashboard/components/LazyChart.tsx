import { lazy, Suspense } from 'react'
import type { EChartsCoreOption } from 'echarts/core'

const EChart = lazy(() => import('./EChart'))

/** A chart whose library loads on first use (its own chunk). */
export function LazyChart(props: { option: EChartsCoreOption; height?: number; label: string }) {
  return (
    <Suspense fallback={<div className="echart echart-loading" style={{ height: props.height ?? 280 }} />}>
      <EChart {...props} />
    </Suspense>
  )
}
