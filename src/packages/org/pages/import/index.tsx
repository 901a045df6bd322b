import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { UnitView } from '@contract/org'
import { EmptyView, LoadingView } from '@/components/RequestStates'
import { ImportPreviewView } from '@/features/org/components/ImportPreviewView'
import { IMPORT_BUSY, useMemberImport } from '@/features/org/hooks/use-member-import'
import { useUnitContext } from '@/features/org/hooks/use-unit-context'
import { StackPage } from '@/layouts/StackPage'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import { Progress } from '@/ui/progress'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/org/components/org.css'

/** 批量导入: template → pick a file → preview (errors per row) → import the valid rows in chunks. */
export default function ImportPage() {
  const context = useUnitContext((capabilities) => capabilities.has('members.import'), '你无权为该组织导入党员')
  const body = 'fallback' in context ? context.fallback : <Importer key={`${context.unit.id}:${context.me.id}`} unit={context.unit} />
  return <StackPage className="ps-import-page">{body}</StackPage>
}

function Importer({ unit }: { unit: UnitView }) {
  const { step, downloading, downloadTemplate, chooseFile, restart, importValid, resume, stop } = useMemberImport(unit)

  return (
    <View className="ps-import">
      <View className="ps-page-head">
        <View className="ps-page-head__title">
          <Text>批量导入 · {unit.name}</Text>
        </View>
        <View className="ps-page-head__sub">用表格一次添加多名党员；导入前会逐行检查，有问题的行不会导入。</View>
      </View>

      {step.name === 'choose' && (
        <View className="ps-import-steps">
          <View className="ps-section">
            <View className="ps-section__title">第一步 · 下载模板</View>
            <View className="ps-section__text">按模板的列填写：姓名、手机号、所在支部、党小组、党员类型、人员类别。</View>
            <Button className="ps-import-template" size="small" fill="outline" loading={downloading} onClick={downloadTemplate}>
              下载导入模板
            </Button>
          </View>
          <View className="ps-section">
            <View className="ps-section__title">第二步 · 选择填好的表格</View>
            <View className="ps-section__text">
              {process.env.TARO_ENV === 'weapp' ? '从微信聊天中选择 .xlsx 文件（可先把表格发给自己或文件传输助手）。' : '选择 .xlsx 文件。'}
            </View>
            <Button className="ps-import-pick" type="primary" size="small" onClick={chooseFile}>
              选择表格文件
            </Button>
          </View>
        </View>
      )}

      {step.name === 'previewing' && <LoadingView text={`正在检查「${step.fileName}」…`} />}

      {step.name === 'preview' && (
        <View className="ps-import-check">
          <View className="ps-import-file">文件：{step.fileName}</View>
          <ImportPreviewView preview={step.preview} />
          {step.preview.totalRows === 0 && <EmptyView text="表格中没有党员数据，请按模板填写后重新选择" />}
          <View className="ps-actions">
            <Button className="ps-import-cancel" fill="outline" onClick={restart}>
              取消
            </Button>
            <Button className="ps-import-commit" type="primary" disabled={step.preview.validRows.length === 0} onClick={() => importValid(step.preview)}>
              {step.preview.errors.length > 0 ? `仅导入有效行（${step.preview.validRows.length}）` : `导入 ${step.preview.validRows.length} 行`}
            </Button>
          </View>
          {step.preview.errors.length > 0 && <View className="ps-import-note">取消则不导入任何数据；可修改表格后重新选择。</View>}
        </View>
      )}

      {step.name === 'committing' && (
        <View className="ps-import-progress-box">
          <View className="ps-import-progress-text">
            {step.error ? '导入中断' : '正在导入'}{' '}
            <Text className="ps-import-progress">
              {step.done} / {step.rows.length}
            </Text>
          </View>
          <Progress percent={step.rows.length ? Math.round((step.done / step.rows.length) * 100) : 0} strokeWidth="8" />
          {step.error && (
            <View className="ps-import-failed">
              <View className="ps-field__error">
                {step.error.message}。已导入 {step.done} 行（新增 {step.created}，未变 {step.unchanged}），其余未导入。
              </View>
              {step.error.code === IMPORT_BUSY && (
                <View className="ps-import-note ps-import-busy">稍候片刻再点“继续导入”即可：中断的这一批没有写入任何数据，已导入的行也不会重复。</View>
              )}
              <View className="ps-actions">
                <Button fill="outline" onClick={() => stop(step)}>
                  结束
                </Button>
                <Button className="ps-import-resume" type="primary" onClick={() => resume(step)}>
                  继续导入剩余 {step.rows.length - step.done} 行
                </Button>
              </View>
            </View>
          )}
        </View>
      )}

      {step.name === 'finished' && (
        <View className="ps-import-done">
          <View className="ps-import-summary">
            导入完成：新增 {step.created}，未变 {step.unchanged}
          </View>
          <View className="ps-section__text">共处理 {step.total} 行。新增的党员需生成邀请码后才能绑定微信。</View>
          {step.elsewhere.length > 0 && (
            <View className="ps-import-elsewhere ps-field__error">
              第 {step.elsewhere.join('、')} 行的手机号已在其他组织登记，未导入；如需调入本支部，请联系党委组织部办理组织关系转接。
            </View>
          )}
          <View className="ps-actions">
            <Button fill="outline" onClick={restart}>
              继续导入
            </Button>
            <Button className="ps-import-members" type="primary" onClick={() => void Taro.redirectTo({ url: routes.orgMembers(unit.id) })}>
              查看党员名单
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
