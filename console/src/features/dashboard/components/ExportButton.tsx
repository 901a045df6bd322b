import { DownloadIcon } from 'tdesign-icons-react'
import type { DashboardActions, DashboardScope } from '@contract/dashboard-api'
import { DownloadButton } from '../../../components/DownloadButton'
import { exportView } from '../api'

/** 导出 Excel: the dashboard function writes the very numbers the screen shows (same columns, same rounding). */
export function ExportButton(props: { unitId: string; scope: DashboardScope; view: DashboardActions['dashboard.export']['payload']['view'] }) {
  return (
    <DownloadButton
      load={() => exportView(props.unitId, props.scope, props.view)}
      label="导出 Excel"
      testId="export-xlsx"
      disabled={!props.unitId}
      icon={<DownloadIcon />}
    />
  )
}
