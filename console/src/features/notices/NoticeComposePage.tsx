import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router-dom'
import { Alert, Button, Col, Input, MessagePlugin, Row, Tabs, Textarea } from 'tdesign-react'
import { UploadIcon } from 'tdesign-icons-react'
import type { NoticeDraft } from '@contract/notices-api'
import type { ParsedNotice } from '@contract/notices'
import { toApiError } from '../../api/errors'
import { fileToBase64 } from '../../lib/download'
import { useQueryState } from '../../lib/use-query-state'
import { getDraft, parseNotice, saveDraft } from './api'
import { NoticeSections } from './components/NoticeSections'
import { PublishPanel } from './components/PublishPanel'
import { docxParagraphs } from './docx-text'
import { draftOf, headerFromParsed, headerProblems, type DraftHeader } from './draft'

type Source = { kind: 'docx'; name: string; paragraphs: string[] } | { kind: 'text'; text: string } | { kind: 'draft' }

const MAX_DOCX_BYTES = 10 * 1024 * 1024

/**
 * 新建学习安排: upload the .docx the department received (or paste its text),
 * read the document beside what the parser made of it, fix the header,
 * save, and publish to the chosen units. `?draft=<id>` reopens a saved draft.
 */
export function NoticeComposePage() {
  const navigate = useNavigate()
  const [q, set] = useQueryState({ input: 'docx', draft: '' })
  const [source, setSource] = useState<Source | null>(null)
  const [parsed, setParsed] = useState<ParsedNotice | NoticeDraft | null>(null)
  const [header, setHeader] = useState<DraftHeader | null>(null)
  const [pasted, setPasted] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const savedId = useRef<string | null>(q.draft || null)
  const fileInput = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (!q.draft) return
    getDraft(q.draft).then(
      ({ draft }) => {
        savedId.current = q.draft
        setSource({ kind: 'draft' })
        setParsed(draft)
        setHeader(headerFromParsed(draft))
      },
      (e: unknown) => setError(toApiError(e).message)
    )
  }, [q.draft])

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  const onFile = (file: File | undefined): void => {
    if (!file) return
    if (!/\.docx$/i.test(file.name)) return setError('请选择 .docx 格式的 Word 文件（.doc 请先另存为 .docx）')
    if (file.size > MAX_DOCX_BYTES) return setError('文件超过 10 MB，请删去图片后重试')
    void run(async () => {
      const [paragraphs, base64] = await Promise.all([docxParagraphs(await file.arrayBuffer()), fileToBase64(file)])
      const result = await parseNotice({ docxBase64: base64 })
      savedId.current = null
      setSource({ kind: 'docx', name: file.name, paragraphs })
      setParsed(result)
      setHeader(headerFromParsed(result))
    })
  }

  const onPaste = (): void => {
    if (!pasted.trim()) return setError('请先粘贴学习安排的全文')
    void run(async () => {
      const result = await parseNotice({ text: pasted })
      savedId.current = null
      setSource({ kind: 'text', text: pasted })
      setParsed(result)
      setHeader(headerFromParsed(result))
    })
  }

  const problems = header ? headerProblems(header) : {}
  const prepare = async (): Promise<string | null> => {
    if (!parsed || !header) return null
    if (Object.keys(problems).length > 0) {
      void MessagePlugin.warning('请先补全标出的项目')
      return null
    }
    const summary = await saveDraft(draftOf(parsed, header), savedId.current ?? undefined)
    savedId.current = summary.id
    return summary.id
  }

  return (
    <div className="page notice-compose">
      <div className="page-head">
        <h2>新建学习安排</h2>
        <Button variant="text" onClick={() => navigate('/notices')}>
          返回列表
        </Button>
      </div>
      {source?.kind !== 'draft' ? (
        <Tabs value={q.input} onChange={(value) => set({ input: String(value) }, true)}>
          <Tabs.TabPanel value="docx" label="上传 Word 文件">
            <div className="input-pane">
              <input ref={fileInput} type="file" accept=".docx" hidden data-testid="docx-input" onChange={(e) => onFile(e.target.files?.[0])} />
              <Button icon={<UploadIcon />} loading={busy} onClick={() => fileInput.current?.click()}>
                选择 .docx 文件
              </Button>
              <span className="muted">文件只用于解析，不会存储原件。</span>
            </div>
          </Tabs.TabPanel>
          <Tabs.TabPanel value="text" label="粘贴文本">
            <div className="input-pane">
              <Textarea value={pasted} onChange={(value) => setPasted(String(value))} autosize={{ minRows: 6, maxRows: 14 }} placeholder="粘贴学习安排全文" />
              <Button loading={busy} onClick={onPaste}>
                解析
              </Button>
            </div>
          </Tabs.TabPanel>
        </Tabs>
      ) : null}
      {error ? <Alert theme="error" message={error} close onClose={() => setError(null)} /> : null}
      {parsed && header ? (
        <Row gutter={24} className="compose-columns">
          {source && source.kind !== 'draft' ? (
            <Col span={6}>
              <section className="source-pane" aria-label="原文">
                <h3>原文{source.kind === 'docx' ? `：${source.name}` : ''}</h3>
                <div className="source-text" data-testid="source-text">
                  {(source.kind === 'docx' ? source.paragraphs : source.text.split(/\r?\n/)).map((line, index) => (
                    <p key={index}>{line || '\u00a0'}</p>
                  ))}
                </div>
              </section>
            </Col>
          ) : null}
          <Col span={source && source.kind !== 'draft' ? 6 : 12}>
            <section className="preview-pane" aria-label="解析结果">
              <h3>解析结果</h3>
              {'warnings' in parsed && parsed.warnings.length > 0 ? (
                <Alert theme="warning" title="以下内容未能识别，请对照原文检查" message={parsed.warnings.join('\n')} />
              ) : null}
              <div className="header-form">
                <Row gutter={12}>
                  <Col span={3}>
                    <Field label="年份" problem={problems.year}>
                      <Input name="year" value={header.year} onChange={(value) => setHeader({ ...header, year: String(value) })} />
                    </Field>
                  </Col>
                  <Col span={3}>
                    <Field label="期号" problem={problems.issueNo}>
                      <Input name="issueNo" value={header.issueNo} onChange={(value) => setHeader({ ...header, issueNo: String(value) })} />
                    </Field>
                  </Col>
                  <Col span={3}>
                    <Field label="编发" problem={problems.compiledBy}>
                      <Input name="compiledBy" value={header.compiledBy} onChange={(value) => setHeader({ ...header, compiledBy: String(value) })} />
                    </Field>
                  </Col>
                  <Col span={3}>
                    <Field label="印发日期" problem={problems.publishedOn}>
                      <Input
                        name="publishedOn"
                        value={header.publishedOn}
                        onChange={(value) => setHeader({ ...header, publishedOn: String(value) })}
                        placeholder="2026-01-01"
                      />
                    </Field>
                  </Col>
                </Row>
                <Field label="学习主题" problem={problems.theme}>
                  <Input name="theme" value={header.theme} onChange={(value) => setHeader({ ...header, theme: String(value) })} />
                </Field>
              </div>
              <NoticeSections notice={parsed} />
            </section>
          </Col>
        </Row>
      ) : null}
      {parsed && header ? <PublishPanel prepare={prepare} onPublished={(id) => navigate(`/notices/${id}`)} /> : null}
    </div>
  )
}

/** A labelled input with its problem beneath (the header is plain state, not a TDesign Form store). */
function Field(props: { label: string; problem?: string; children: ReactNode }) {
  return (
    <label className={props.problem ? 'field field-error' : 'field'}>
      <span className="field-label">{props.label}</span>
      {props.children}
      {props.problem ? <span className="field-problem">{props.problem}</span> : null}
    </label>
  )
}
