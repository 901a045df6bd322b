import { useState } from 'react'
import type { DashboardActions } from '@contract/dashboard-api'
import { showDone, showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { saveOfficeFile } from '@/lib/office-file'

/** 导出 Excel: asks the server for the view as .xlsx (the screen's numbers) and saves it like every other export. */
export function ExportButton({
  className,
  text,
  request
}: {
  className: string
  text: string
  request: () => Promise<DashboardActions['dashboard.export']['result']>
}) {
  const [exporting, setExporting] = useState(false)
  const run = async () => {
    if (exporting) return
    setExporting(true)
    try {
      const { fileName, base64 } = await request()
      await saveOfficeFile('xlsx', fileName, base64)
      showDone('表格已生成')
    } catch (error) {
      showError(error)
    } finally {
      setExporting(false)
    }
  }
  return (
    <Button className={`ps-dashboard-export ${className}`} size="small" fill="outline" loading={exporting} onClick={() => void run()}>
      {text}
    </Button>
  )
}
