import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { NoticeSummary } from '@contract/notices-api'
import type { WorkbenchScope } from '@contract/me'
import { ListFooter } from '@/components/ListFooter'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { useWhoami } from '@/lib/use-whoami'
import { listChanges, listNotices } from '@/features/notices/api'
import { NoticeLifecycleActions } from '@/features/notices/components/NoticeLifecycle'
import { STUDY_STATE_EXPLANATION } from '@contract/notices'
import { completionRate } from '@/features/notices/format'
import { formatDay, formatShanghai } from '@/lib/calendar'
import { getUnitTree } from '@/lib/unit-tree'
import { StackPage } from '@/layouts/StackPage'
import { showDone } from '@/lib/toast'
import { usePagedList } from '@/lib/use-paged-list'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/notices/components/notices.css'

const PAGE_SIZE = 20

/**
 * 学习安排管理 (组织部, 党总支) and 本支部学习安排 (党支部): a unit's notices with
 * completion counters. A branch opens its own page; above a branch a notice
 * opens the time changes reported (组织部) or the branches to look into (党总支).
 */
export default function NoticeManagePage() {
  const unitId = useRouter().params.unitId ?? ''
  const { data, error, loading, refetch } = useWhoami()
  let body
  if (!unitId) body = <EmptyView text="没有指定组织，请从工作台进入" />
  else if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data && !data.member) body = <EmptyView text="请先使用邀请码加入组织" />
  else if (data?.member) {
    const scope = data.member.workbench.find((candidate) => candidate.unitId === unitId)
    body = scope?.capabilities.includes('notices.run') ? (
      <NoticeList key={`${scope.unitId}:${data.member.id}`} scope={scope} />
    ) : (
      <EmptyView text="你无权管理该组织的学习安排" />
    )
  }
  return <StackPage className="ps-notice-manage-page">{body}</StackPage>
}

function NoticeList({ scope }: { scope: WorkbenchScope }) {
  const isBranch = scope.unitType === 'branch'
  const publishes = scope.capabilities.includes('notices.publish')
  const list = usePagedList<NoticeSummary>(scope.unitId, (page) => listNotices({ view: 'manage', unitId: scope.unitId, page, pageSize: PAGE_SIZE }))
  const [open, setOpen] = useState<string | null>(null)

  const tap = (notice: NoticeSummary) => {
    if (notice.status === 'draft') {
      if (publishes) void Taro.navigateTo({ url: routes.noticeImport(notice.id) })
      else showDone('草稿尚未发布，由党委组织部修改后发布')
      return
    }
    if (notice.status === 'withdrawn') {
      showDone(`已于 ${formatShanghai(notice.withdrawnAt ?? '')} 撤回`)
      return
    }
    if (isBranch) void Taro.navigateTo({ url: routes.noticeBranch(notice.id, scope.unitId) })
    else setOpen((current) => (current === notice.id ? null : notice.id))
  }

  return (
    <View className="ps-notice-manage">
      <View className="ps-n-head">
        <View className="ps-n-head__title">
          {isBranch ? '本支部学习安排' : '学习安排管理'} · {scope.unitName}
        </View>
        <View className="ps-n-head__sub">
          {list.loading ? '正在加载…' : <Text className="ps-notice-total">共 {list.total} 期</Text>}
          {isBranch ? '，点击进入推送、催办、批阅和导出学习记录。' : '，完成率只按组织统计，不作个人排名。'}
        </View>
        {publishes && (
          <View className="ps-actions ps-actions--left">
            <Button className="ps-notice-import-entry" type="primary" size="small" onClick={() => void Taro.navigateTo({ url: routes.noticeImport() })}>
              导入学习安排
            </Button>
          </View>
        )}
      </View>

      {list.loading && <LoadingView />}
      {list.error && <ErrorView error={list.error} onRetry={list.refresh} />}
      {!list.loading && !list.error && list.items.length === 0 && <EmptyView text="暂无学习安排" />}
      {list.items.map((notice) => (
        <View key={notice.id} className={`ps-n-notice ps-notice-manage-item${notice.status === 'draft' ? ' ps-notice-draft' : ''}`}>
          <View onClick={() => tap(notice)}>
            <View className="ps-n-notice__title">
              <Text className="ps-notice-manage-title">{notice.title}</Text>
              <Text className={`ps-tag ps-notice-status ${notice.status === 'published' ? 'ps-tag--ok' : 'ps-tag--warn'}`}>
                {notice.status === 'draft' ? '草稿' : notice.status === 'withdrawn' ? '已撤回' : '已发布'}
              </Text>
              {notice.correctedAt && <Text className="ps-tag ps-notice-corrected-tag">已更正</Text>}
            </View>
            <View className="ps-n-notice__theme">{notice.theme}</View>
            <View className="ps-n-notice__meta">
              学习日 {formatDay(notice.firstDate)}
              {notice.publishedAt ? ` · 发布于 ${formatShanghai(notice.publishedAt)}` : ''}
            </View>
            {notice.counters && (
              <View className="ps-n-notice__meta ps-notice-manage-counters">
                应学 {notice.counters.assigned} · 已学习材料 {notice.counters.read} · 已提交讨论 {notice.counters.answered} · 完成率{' '}
                {completionRate(notice.counters)}%
              </View>
            )}
          </View>
          {open === notice.id && (
            <View className="ps-n-notice__body">
              {publishes ? <ChangesView noticeId={notice.id} /> : <BranchLinks noticeId={notice.id} scope={scope} />}
              {publishes && notice.status === 'published' && <NoticeLifecycleActions notice={notice} onDone={list.refresh} />}
            </View>
          )}
        </View>
      ))}
      {list.items.some((notice) => notice.counters) && <View className="ps-muted ps-study-states-explained">{STUDY_STATE_EXPLANATION}</View>}
      <ListFooter list={list} unit="期" />
    </View>
  )
}

/** 时间调整: what branches reported (form, place, new time), for the department. */
function ChangesView({ noticeId }: { noticeId: string }) {
  const { data, error, loading, refetch } = useRequest(() => listChanges({ id: noticeId }))
  if (loading) return <LoadingView />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  if (!data || data.length === 0) return <View className="ps-muted ps-notice-changes-empty">暂无支部调整学习时间</View>
  const sorted = [...data].sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'))
  return (
    <View className="ps-notice-changes">
      <View className="ps-muted">{data.length} 个支部报送了时间调整：</View>
      {sorted.map((change) => (
        <View key={change.unitId} className="ps-notice-change-row">
          <Text className="ps-notice-change-unit">{change.unitName}</Text>：{formatShanghai(change.startAt)}，{change.form}，{change.place}
          <View className="ps-muted">{formatShanghai(change.reportedAt)} 报送</View>
        </View>
      ))}
    </View>
  )
}

/** A general branch looks into its branches' pages (counts, checklist, records). */
function BranchLinks({ noticeId, scope }: { noticeId: string; scope: WorkbenchScope }) {
  const { data, error, loading, refetch } = useRequest(getUnitTree)
  if (loading) return <LoadingView />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  const branches = (data ?? [])
    .filter((unit) => unit.type === 'branch' && unit.pathIds.includes(scope.unitId))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  if (branches.length === 0) return <View className="ps-muted">下属暂无党支部</View>
  return (
    <View className="ps-notice-branches">
      {branches.map((branch) => (
        <View key={branch.id} className="ps-n-branch-link" onClick={() => void Taro.navigateTo({ url: routes.noticeBranch(noticeId, branch.id) })}>
          <Text>{branch.name}</Text>
          <Text className="ps-n-link">查看 ›</Text>
        </View>
      ))}
    </View>
  )
}
