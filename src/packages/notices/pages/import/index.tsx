import { useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { NoticeDraft, NoticeSummary } from '@contract/notices-api'
import type { ParsedNotice } from '@contract/notices'
import type { UnitView } from '@contract/org'
import type { WorkbenchScope } from '@contract/me'
import { ApiError } from '@/api/errors'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { useWhoami } from '@/lib/use-whoami'
import { getDraft, parseNotice, publishNotice, saveDraft } from '@/features/notices/api'
import { NoticeEditor } from '@/features/notices/components/NoticeEditor'
import { PublishScope } from '@/features/notices/components/PublishScope'
import { firstScheduledDate } from '@/features/notices/format'
import { noticeTitle } from '@/lib/notice-naming'
import { pickNoticeFile } from '@/features/notices/notice-file'
import { draftFromForm, formFromDraft, formFromParsed, type NoticeForm } from '@/features/notices/notice-form'
import { isWholeTree, reachOf, selectableUnits, targetIds, wholeTree } from '@/features/notices/publish-targets'
import { getUnitTree } from '@/features/org/api'
import { StackPage } from '@/layouts/StackPage'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import { TextArea } from '@/ui/textarea'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/notices/components/notices.css'

/**
 * 导入学习安排 (组织部): paste or pick the document → check every section → save a draft → publish to the tree.
 * With `?id=` (a saved draft, from 学习安排管理) it opens that draft for editing instead.
 */
export default function NoticeImportPage() {
  const draftId = useRouter().params.id ?? ''
  const { data, error, loading, refetch } = useWhoami()
  let body
  if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data && !data.member) body = <EmptyView text="请先使用邀请码加入组织" />
  else if (data?.member) {
    const scope = data.member.workbench.find((candidate) => candidate.capabilities.includes('notices.publish'))
    const key = `${scope?.unitId}:${data.member.id}:${draftId}`
    if (!scope) body = <EmptyView text="只有党委组织部可以导入学习安排" />
    else body = draftId ? <DraftImporter key={key} scope={scope} id={draftId} /> : <Importer key={key} scope={scope} />
  }
  return <StackPage className="ps-notice-import-page">{body}</StackPage>
}

/** A saved draft: read it, then edit it in the same preview as a fresh import. */
function DraftImporter({ scope, id }: { scope: WorkbenchScope; id: string }) {
  const { data, error, loading, refetch } = useRequest(() => getDraft({ id }))
  if (loading) return <LoadingView text="正在读取草稿…" />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  return data ? <Importer scope={scope} opened={data} /> : null
}

/** What the server holds for a reopened draft, as saveDraft would have answered. */
function summaryOf(id: string, draft: NoticeDraft): NoticeSummary {
  return { id, title: noticeTitle(draft), year: draft.year, issueNo: draft.issueNo, theme: draft.theme, status: 'draft', firstDate: firstScheduledDate(draft.schedule), publishedAt: null }
}

type Step =
  | { name: 'input' }
  | { name: 'parsing'; source: string }
  | { name: 'edit'; source: string; warnings: string[]; reopened?: boolean }
  | { name: 'published'; title: string; branches: number; assigned: number }

/** What the confirm says, and what publish sends (no unitIds: the whole tree). */
interface PublishPlan {
  unitIds: string[] | undefined
  names: string[]
  branches: number
  members: number
}

function planOf(units: UnitView[], scopeId: string, selection: ReadonlySet<string> | null): PublishPlan {
  const selectable = selectableUnits(units, scopeId)
  if (!selection || isWholeTree(selection, selectable)) return { unitIds: undefined, names: [], ...reachOf(units, [scopeId]) }
  const unitIds = targetIds(selection, selectable)
  const names = unitIds.map((id) => units.find((unit) => unit.id === id)?.name ?? id)
  return { unitIds, names, ...reachOf(units, unitIds) }
}

function namesText(names: string[]): string {
  return names.length <= 3 ? names.join('、') : `${names.slice(0, 3).join('、')}等 ${names.length} 个组织`
}

function Importer({ scope, opened }: { scope: WorkbenchScope; opened?: { id: string; draft: NoticeDraft } }) {
  const [step, setStep] = useState<Step>(opened ? { name: 'edit', source: '已保存的草稿', warnings: [], reopened: true } : { name: 'input' })
  const [text, setText] = useState('')
  const [form, setForm] = useState<NoticeForm | null>(() => (opened ? formFromDraft(opened.draft) : null))
  const [problems, setProblems] = useState<string[]>([])
  const [saved, setSaved] = useState<NoticeSummary | null>(() => (opened ? summaryOf(opened.id, opened.draft) : null))
  // The draft this page edits: re-importing over it still saves to it, until it is published.
  const [draftId, setDraftId] = useState(opened?.id)
  const [dirty, setDirty] = useState(false)
  const [saving, setSaving] = useState(false)
  const [confirming, setConfirming] = useState<PublishPlan | null>(null)
  const [counting, setCounting] = useState(false)
  // 发布范围: null until the 组织部 changes it, i.e. the whole tree.
  const tree = useRequest(getUnitTree)
  const [selection, setSelection] = useState<Set<string> | null>(null)
  const selectable = useMemo(() => selectableUnits(tree.data ?? [], scope.unitId), [tree.data, scope.unitId])

  const parse = async (source: string, input: { text: string } | { docxBase64: string }) => {
    setStep({ name: 'parsing', source })
    try {
      const parsed: ParsedNotice = await parseNotice(input)
      setForm(formFromParsed(parsed))
      setProblems([])
      setSaved(null)
      setDirty(true)
      setStep({ name: 'edit', source, warnings: parsed.warnings })
    } catch (error) {
      showError(error)
      setStep({ name: 'input' })
    }
  }

  const parseText = () => {
    if (!text.trim()) {
      showError(new ApiError('INVALID_INPUT', '请先粘贴学习安排的全文'))
      return
    }
    void parse('粘贴的文本', { text })
  }

  const chooseFile = async () => {
    let picked
    try {
      picked = await pickNoticeFile()
    } catch (error) {
      showError(error)
      return
    }
    if (!picked) return
    void parse(`文件「${picked.name}」`, 'text' in picked ? { text: picked.text } : { docxBase64: picked.docxBase64 })
  }

  const edit = (next: NoticeForm) => {
    setForm(next)
    setDirty(true)
    if (problems.length) setProblems(draftFromForm(next).problems)
  }

  /** Checks the form; shows what to fix and returns undefined when something is wrong. */
  const checked = () => {
    if (!form) return undefined
    const check = draftFromForm(form)
    setProblems(check.problems)
    if (!check.draft) showError(new ApiError('INVALID_INPUT', `还有 ${check.problems.length} 处需要修改`))
    return check.draft
  }

  const save = async (): Promise<NoticeSummary | undefined> => {
    const draft = checked()
    if (!draft) return undefined
    const result = await saveDraft({ id: saved?.id ?? draftId, draft })
    setSaved(result)
    setDirty(false)
    return result
  }

  const saveNow = async () => {
    if (saving) return
    setSaving(true)
    try {
      if (await save()) showDone('草稿已保存')
    } catch (error) {
      showError(error)
    } finally {
      setSaving(false)
    }
  }

  const askPublish = async () => {
    if (counting || !checked()) return
    if (selection && selection.size === 0) {
      showError(new ApiError('INVALID_INPUT', '请选择发布范围'))
      return
    }
    setCounting(true)
    try {
      // The counts as of now (the tree shown may be a few minutes old).
      setConfirming(planOf(await getUnitTree(), scope.unitId, selection))
    } catch (error) {
      showError(error)
    } finally {
      setCounting(false)
    }
  }

  const publish = async () => {
    const notice = dirty || !saved ? await save() : saved
    if (!notice) throw new ApiError('INVALID_INPUT', '请先修改标出的问题')
    const result = await publishNotice(confirming?.unitIds ? { id: notice.id, unitIds: confirming.unitIds } : { id: notice.id })
    setConfirming(null)
    setStep({ name: 'published', title: notice.title, branches: result.branches, assigned: result.assigned })
    showDone('已发布')
  }

  const year = Number(form?.year)
  const issueNo = Number(form?.issueNo)
  const title = year > 0 && issueNo > 0 ? noticeTitle({ year, issueNo }) : '学习教育安排（期号待补）'

  return (
    <View className="ps-notice-import">
      <View className="ps-n-head">
        <View className="ps-n-head__title">导入学习安排 · {scope.unitName}</View>
        <View className="ps-n-head__sub">粘贴或选择学习教育安排，系统读出各部分供你逐项核对；保存草稿后发布到各党支部。</View>
      </View>

      {step.name === 'input' && (
        <>
          <View className="ps-card ps-n-paste">
            <View className="ps-card__title">方式一 · 粘贴全文</View>
            <View className="ps-muted">从 Word 中全选复制，连同附后的学习材料全文一起粘贴。</View>
            <TextArea className="ps-notice-text" value={text} maxLength={-1} rows={10} placeholder="党员学习教育安排（2020年第3期）……" onChange={setText} />
            <View className="ps-actions ps-actions--left">
              <Button className="ps-notice-parse" type="primary" onClick={parseText}>
                识别内容
              </Button>
            </View>
          </View>
          <View className="ps-card">
            <View className="ps-card__title">方式二 · 选择文件</View>
            <View className="ps-muted">
              {process.env.TARO_ENV === 'weapp' ? '从微信聊天中选择 .docx 或 .txt 文件（可先发给文件传输助手）。' : '选择 .docx 或 .txt 文件（.doc 请先另存为 .docx）。'}
            </View>
            <View className="ps-actions ps-actions--left">
              <Button className="ps-notice-file" fill="outline" onClick={() => void chooseFile()}>
                选择文件
              </Button>
            </View>
          </View>
        </>
      )}

      {step.name === 'parsing' && <LoadingView text={`正在识别${step.source}…`} />}

      {step.name === 'edit' && form && (
        <View className="ps-notice-preview">
          <View className="ps-n-head__sub ps-card">
            {step.reopened ? '继续编辑已保存的草稿' : `已识别${step.source}`}：<Text className="ps-notice-preview-title">{title}</Text>。请逐项核对，改正后保存草稿。
          </View>
          {step.warnings.length > 0 && (
            <View className="ps-notice-warning">
              <View className="ps-notice-warning__title">有 {step.warnings.length} 处没能读准，请重点核对：</View>
              {step.warnings.map((warning, index) => (
                <View key={index} className="ps-notice-warning__item">
                  · {warning}
                </View>
              ))}
            </View>
          )}
          {saved && (
            <View className="ps-status ps-notice-saved">
              {dirty ? '有未保存的修改' : `草稿已保存：${saved.title}`}
            </View>
          )}
          <NoticeEditor form={form} onChange={edit} />
          {problems.length > 0 && (
            <View className="ps-problems ps-notice-problems">
              {problems.map((problem, index) => (
                <View key={index}>· {problem}</View>
              ))}
            </View>
          )}
          {tree.loading && <LoadingView text="正在读取组织架构…" />}
          {tree.error && <ErrorView error={tree.error} onRetry={tree.refetch} />}
          {tree.data && (
            <PublishScope units={tree.data} selectable={selectable} scopeId={scope.unitId} scopeName={scope.unitName} selection={selection ?? wholeTree(selectable)} onChange={setSelection} />
          )}
          <View className="ps-bottom-bar">
            <Button fill="outline" onClick={() => setStep({ name: 'input' })}>
              重新导入
            </Button>
            <Button className="ps-notice-save" fill="outline" loading={saving} onClick={() => void saveNow()}>
              保存草稿
            </Button>
            <Button className="ps-notice-publish" type="primary" loading={counting} onClick={() => void askPublish()}>
              发布
            </Button>
          </View>
        </View>
      )}

      {step.name === 'published' && (
        <View className="ps-card ps-notice-published">
          <View className="ps-card__title">已发布</View>
          <View className="ps-text">
            {step.title} 已发布到 {step.branches} 个党支部，应学党员 {step.assigned} 人。各支部书记可在工作台推送给本支部党员。
          </View>
          <View className="ps-actions ps-actions--left">
            <Button
              fill="outline"
              onClick={() => {
                setText('')
                setForm(null)
                setSaved(null)
                setSelection(null)
                setDraftId(undefined)
                setStep({ name: 'input' })
              }}
            >
              继续导入
            </Button>
            <Button type="primary" onClick={() => void Taro.redirectTo({ url: routes.noticeManage(scope.unitId) })}>
              学习安排管理
            </Button>
          </View>
        </View>
      )}

      <ConfirmDialog
        className="ps-notice-publish-dialog"
        visible={confirming !== null}
        title="确认发布"
        message={
          confirming
            ? `${title}将发布到${confirming.unitIds ? `所选的${namesText(confirming.names)}，共` : `「${scope.unitName}」下全部`} ${confirming.branches} 个党支部（约 ${confirming.members} 名党员）。${dirty || !saved ? '会先保存当前内容。' : ''}发布后不能再修改。`
            : ''
        }
        confirmText="确认发布"
        onClose={() => setConfirming(null)}
        onConfirm={publish}
      />
    </View>
  )
}
