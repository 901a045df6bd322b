import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { NoticeDraft } from '@contract/notices-api'
import type { WorkbenchScope } from '@contract/me'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { useWhoami } from '@/lib/use-whoami'
import { getDraft } from '@/features/notices/api'
import { NoticeEditor } from '@/features/notices/components/NoticeEditor'
import { PublishScope } from '@/features/notices/components/PublishScope'
import { useNoticeImport } from '@/features/notices/hooks/use-notice-import'
import { namesText } from '@/features/notices/notice-import'
import { wholeTree } from '@/features/notices/publish-targets'
import { StackPage } from '@/layouts/StackPage'
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

/** The import screens; what they show and do comes from useNoticeImport. */
function Importer({ scope, opened }: { scope: WorkbenchScope; opened?: { id: string; draft: NoticeDraft } }) {
  const {
    step,
    text,
    setText,
    form,
    title,
    problems,
    saved,
    dirty,
    saving,
    counting,
    confirming,
    pastWarning,
    closeConfirm,
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
  } = useNoticeImport(scope, opened)

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
              {process.env.TARO_ENV === 'weapp'
                ? '从微信聊天中选择 .docx 或 .txt 文件（可先发给文件传输助手）。'
                : '选择 .docx 或 .txt 文件（.doc 请先另存为 .docx）。'}
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
            {step.reopened ? '继续编辑已保存的草稿' : `已识别${step.source}`}：<Text className="ps-notice-preview-title">{title}</Text>
            。请逐项核对，改正后保存草稿。
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
          {saved && <View className="ps-status ps-notice-saved">{dirty ? '有未保存的修改' : `草稿已保存：${saved.title}`}</View>}
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
            <PublishScope
              units={tree.data}
              selectable={selectable}
              scopeId={scope.unitId}
              scopeName={scope.unitName}
              selection={selection ?? wholeTree(selectable)}
              onChange={setSelection}
            />
          )}
          <View className="ps-bottom-bar">
            <Button fill="outline" onClick={reimport}>
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
            <Button fill="outline" onClick={startOver}>
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
        title={pastWarning ? '学习日期已过' : '确认发布'}
        message={
          pastWarning
            ? `${pastWarning}。支部将看到这是往期学习，不会按时组织；如日期有误请取消并修改日期。`
            : confirming
              ? `${title}将发布到${confirming.unitIds ? `所选的${namesText(confirming.names)}，共` : `「${scope.unitName}」下全部`} ${confirming.branches} 个党支部（约 ${confirming.members} 名党员）。${dirty || !saved ? '会先保存当前内容。' : ''}发布后可由组织部更正错字，学习日前可撤回。`
              : ''
        }
        confirmText={pastWarning ? '仍然发布' : '确认发布'}
        onClose={closeConfirm}
        onConfirm={publish}
      />
    </View>
  )
}
