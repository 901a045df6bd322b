import { useMemo, useState } from 'react'
import type { NoticeDraft, NoticeSummary } from '@contract/notices-api'
import type { ParsedNotice } from '@contract/notices'
import type { WorkbenchScope } from '@contract/me'
import { ApiError, isApiError } from '@/api/errors'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { getUnitTree } from '@/lib/unit-tree'
import { parseNotice, publishNotice, saveDraft } from '../api'
import { pickNoticeFile } from '../notice-file'
import { draftFromForm, formFromDraft, formFromParsed, type NoticeForm } from '../notice-form'
import { planOf, previewTitle, summaryOf, type ImportStep, type PublishPlan } from '../notice-import'
import { selectableUnits } from '../publish-targets'

/**
 * 导入学习安排's state machine: input → parsing → edit (save, choose the
 * 发布范围, confirm) → published. The page only renders what this returns.
 * `opened` is a saved draft reopened for editing (it starts in edit).
 */
export function useNoticeImport(scope: WorkbenchScope, opened?: { id: string; draft: NoticeDraft }) {
  const [step, setStep] = useState<ImportStep>(opened ? { name: 'edit', source: '已保存的草稿', warnings: [], reopened: true } : { name: 'input' })
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
  // The server said the study day has passed: the dialog says so and asks again.
  const [pastWarning, setPastWarning] = useState<string | null>(null)
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
    const allowPast = pastWarning !== null
    let result
    try {
      result = await publishNotice({ id: notice.id, ...(confirming?.unitIds ? { unitIds: confirming.unitIds } : {}), ...(allowPast ? { allowPast } : {}) })
    } catch (error) {
      // The study day has passed: say what will happen and ask again (仍然发布 sends allowPast).
      // Thrown on, so the dialog stays open (and says why) for the second confirmation.
      if (isApiError(error) && error.code === 'NOTICE_IN_PAST') setPastWarning(error.message)
      throw error
    }
    setPastWarning(null)
    setConfirming(null)
    setStep({ name: 'published', title: notice.title, branches: result.branches, assigned: result.assigned })
    showDone('已发布')
  }

  /** 重新导入: back to the input, keeping the form and the draft it saves to. */
  const reimport = () => setStep({ name: 'input' })

  /** 继续导入 after publishing: a fresh import, not tied to the published draft. */
  const startOver = () => {
    setText('')
    setForm(null)
    setSaved(null)
    setSelection(null)
    setDraftId(undefined)
    setStep({ name: 'input' })
  }

  return {
    step,
    text,
    setText,
    form,
    title: previewTitle(form),
    problems,
    saved,
    dirty,
    saving,
    counting,
    confirming,
    pastWarning,
    closeConfirm: () => {
      setConfirming(null)
      setPastWarning(null)
    },
    tree,
    selectable,
    selection,
    setSelection,
    parseText,
    chooseFile,
    edit,
    saveNow,
    askPublish,
    publish,
    reimport,
    startOver
  }
}
