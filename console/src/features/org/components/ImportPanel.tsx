import { useRef, useState } from 'react'
import { Alert, Button, MessagePlugin, PrimaryTable, Progress, type PrimaryTableCol } from 'tdesign-react'
import type { ImportCommitResult, ImportMemberRow, ImportPreview, ImportRowError, UnitView } from '@contract/org'
import { commitImportInChunks, NOTHING_IMPORTED, type ImportStep } from '@contract/org-import'
import { toApiError, type ApiError } from '../../../api/errors'
import { downloadBase64, fileToBase64 } from '../../../lib/download'
import { commitImport, importTemplate, previewImport } from '../api'

type Step = ImportStep<ApiError>

const ERROR_COLUMNS: PrimaryTableCol<ImportRowError & { key: string }>[] = [
  { colKey: 'row', title: '行号', width: 80, cell: ({ row }) => `第 ${row.row} 行` },
  { colKey: 'column', title: '列', width: 120 },
  { colKey: 'reason', title: '问题' }
]
const ROW_COLUMNS: PrimaryTableCol<ImportMemberRow>[] = [
  { colKey: 'row', title: '行号', width: 80 },
  { colKey: 'name', title: '姓名', width: 120 },
  { colKey: 'unitName', title: '所在支部', cell: ({ row }) => (row.groupName ? `${row.unitName} · ${row.groupName}` : row.unitName) },
  { colKey: 'type', title: '类型', width: 120 },
  { colKey: 'category', title: '类别', width: 100 }
]

/**
 * 批量导入, as the mini-program does it: template → choose an .xlsx → the
 * function checks every row (errors shown per row, nothing written) → the
 * valid rows are written in chunks; a failed chunk wrote nothing and the
 * import resumes from it.
 */
export function ImportPanel(props: { unit: UnitView; onImported: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'choose' })
  const input = useRef<HTMLInputElement>(null)

  const template = async (): Promise<void> => {
    try {
      const file = await importTemplate()
      downloadBase64(file.fileName, file.base64)
    } catch (error) {
      void MessagePlugin.error(toApiError(error).message)
    }
  }

  const choose = async (file: File | undefined): Promise<void> => {
    if (!file) return
    if (!/\.xlsx$/i.test(file.name)) return void MessagePlugin.error('请选择 .xlsx 格式的表格')
    setStep({ name: 'previewing', fileName: file.name })
    try {
      const preview = await previewImport(props.unit.id, await fileToBase64(file))
      setStep({ name: 'preview', fileName: file.name, preview })
    } catch (error) {
      void MessagePlugin.error(toApiError(error).message)
      setStep({ name: 'choose' })
    }
  }

  const commit = async (rows: ImportMemberRow[], from: number, before: ImportCommitResult): Promise<void> => {
    const tally = await commitImportInChunks({
      rows,
      from,
      before,
      commit: (batch) => commitImport(props.unit.id, batch),
      onProgress: (progress) => setStep({ name: 'committing', ...progress }),
      toError: toApiError
    })
    if (!tally) return
    setStep({ name: 'finished', total: rows.length, ...tally })
    props.onImported()
  }

  return (
    <div className="panel">
      <div className="import-steps">
        <Button variant="outline" onClick={() => void template()} data-testid="import-template">
          下载导入模板
        </Button>
        <Button theme="primary" disabled={step.name === 'previewing' || step.name === 'committing'} onClick={() => input.current?.click()}>
          选择表格文件（.xlsx）
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="import-input"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            void choose(file)
          }}
        />
        <span className="muted">按模板填写：姓名、手机号、所在支部、党小组、党员类型、人员类别。导入前逐行检查，有问题的行不会导入。</span>
      </div>

      {step.name === 'previewing' ? <div className="status-view">正在检查「{step.fileName}」…</div> : null}

      {step.name === 'preview' ? (
        <PreviewView step={step} onCancel={() => setStep({ name: 'choose' })} onCommit={(rows) => void commit(rows, 0, NOTHING_IMPORTED)} />
      ) : null}

      {step.name === 'committing' ? (
        <div className="panel" data-testid="import-progress">
          <Progress percentage={Math.round((step.done / Math.max(1, step.rows.length)) * 100)} label={`${step.done} / ${step.rows.length}`} />
          {step.error ? (
            <Alert
              theme="error"
              message={`已导入 ${step.done} 行后中断：${step.error.message}（中断的一批没有写入，可从这里继续）`}
              operation={<Button onClick={() => void commit(step.rows, step.done, step)}>继续导入</Button>}
            />
          ) : null}
        </div>
      ) : null}

      {step.name === 'finished' ? (
        <div data-testid="import-summary">
          <Alert
            theme="success"
            message={`导入完成：新增 ${step.created}，未变 ${step.unchanged}${
              step.elsewhere.length ? `；第 ${step.elsewhere.join('、')} 行的手机号已登记在你的范围之外，未导入，请联系组织部办理转接` : ''
            }`}
            operation={<Button onClick={() => setStep({ name: 'choose' })}>再导入一份</Button>}
          />
        </div>
      ) : null}
    </div>
  )
}

function PreviewView(props: { step: { fileName: string; preview: ImportPreview }; onCancel: () => void; onCommit: (rows: ImportMemberRow[]) => void }) {
  const { preview, fileName } = props.step
  const errorRows = new Set(preview.errors.map((error) => error.row)).size
  return (
    <div className="panel" data-testid="import-preview">
      <p className="import-counts">
        文件「{fileName}」共 <strong data-testid="import-total">{preview.totalRows}</strong> 行：有效{' '}
        <strong data-testid="import-valid">{preview.validRows.length}</strong> 行，有问题 <strong data-testid="import-bad">{errorRows}</strong> 行
      </p>
      {preview.errors.length > 0 ? (
        <>
          <h4>需要修改的地方（{preview.errors.length}）</h4>
          <div data-testid="import-errors">
            <PrimaryTable
              className="fit-table import-errors"
              rowKey="key"
              rowClassName="import-error-row"
              data={preview.errors.map((error, index) => ({ ...error, key: `${error.row}-${error.column}-${index}` }))}
              columns={ERROR_COLUMNS}
              tableLayout="fixed"
              bordered
              size="small"
              maxHeight={320}
            />
          </div>
        </>
      ) : null}
      {preview.validRows.length > 0 ? (
        <>
          <h4>将导入的党员（{preview.validRows.length}）</h4>
          <PrimaryTable
            className="fit-table"
            rowKey="row"
            data={preview.validRows}
            columns={ROW_COLUMNS}
            tableLayout="fixed"
            bordered
            size="small"
            maxHeight={400}
            pagination={preview.validRows.length > 50 ? { defaultCurrent: 1, pageSize: 50, total: preview.validRows.length, showPageSize: false } : undefined}
          />
        </>
      ) : (
        <div className="status-view status-empty">没有可导入的行，请按提示修改后重新选择</div>
      )}
      <div className="import-steps">
        <Button variant="outline" onClick={props.onCancel}>
          重新选择
        </Button>
        <Button theme="primary" disabled={preview.validRows.length === 0} onClick={() => props.onCommit(preview.validRows)} data-testid="import-commit">
          导入 {preview.validRows.length} 行有效数据
        </Button>
      </div>
    </div>
  )
}
