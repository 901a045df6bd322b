import { useState, type ReactElement } from 'react'
import { Button, MessagePlugin } from 'tdesign-react'
import { toApiError } from '../api/errors'
import { downloadBase64 } from '../lib/download'

/**
 * A button that asks a function for a file (an export: .xlsx or .docx, as
 * base64) and hands it to the browser's download; busy while it waits, the
 * function's own message when it refuses.
 */
export function DownloadButton(props: {
  load: () => Promise<{ fileName: string; base64: string }>
  label: string
  testId: string
  disabled?: boolean
  icon?: ReactElement
}) {
  const [busy, setBusy] = useState(false)
  const run = async (): Promise<void> => {
    setBusy(true)
    try {
      const file = await props.load()
      downloadBase64(file.fileName, file.base64)
    } catch (error) {
      void MessagePlugin.error(toApiError(error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button variant="outline" icon={props.icon} loading={busy} disabled={props.disabled} onClick={() => void run()} data-testid={props.testId}>
      {props.label}
    </Button>
  )
}
