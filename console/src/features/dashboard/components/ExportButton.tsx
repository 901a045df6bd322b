import { useState } from 'react'
import { Button, MessagePlugin } from 'tdesign-react'
import { DownloadIcon } from 'tdesign-icons-react'
import type { DashboardActions, DashboardScope } from '@contract/dashboard-api'
import { toApiError } from '../../../api/errors'
import { downloadBase64 } from '../../../lib/download'
import { exportView } from '../api'

/** 导出 Excel: the dashboard function writes the very numbers the screen shows (same columns, same rounding). */
export function ExportButton(props: { unitId: string; scope: DashboardScope; view: DashboardActions['dashboard.export']['payload']['view'] }) {
  const [busy, setBusy] = useState(false)
  const run = async (): Promise<void> => {
    setBusy(true)
    try {
      const file = await exportView(props.unitId, props.scope, props.view)
      downloadBase64(file.fileName, file.base64)
    } catch (error) {
      void MessagePlugin.error(toApiError(error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button variant="outline" icon={<DownloadIcon />} loading={busy} disabled={!props.unitId} onClick={() => void run()} data-testid="export-xlsx">
      导出 Excel
    </Button>
  )
}
