import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { AuditEntryView, UnitView } from '@contract/org'
import { ListFooter } from '@/components/ListFooter'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { listAudit } from '@/features/org/api/list-audit'
import { auditActionLabel } from '@/features/org/audit-labels'
import { capabilitiesAt } from '@/features/org/rules'
import { StackPage } from '@/layouts/StackPage'
import { formatDateTime } from '@/lib/org-labels'
import { usePagedList } from '@/lib/use-paged-list'
import { useOrgContext } from '../../use-org-context'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/features/org/components/org.css'

const PAGE_SIZE = 20

/** 操作记录: who changed what in a unit's subtree, newest first. */
export default function AuditPage() {
  const unitId = useRouter().params.unitId ?? ''
  const { data, error, loading, refetch } = useOrgContext()
  let body
  if (!unitId) body = <EmptyView text="没有指定组织，请从工作台进入" />
  else if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data && !data.me) body = <EmptyView text="请先使用邀请码加入组织" />
  else if (data && data.me) {
    const unit = data.units.find((candidate) => candidate.id === unitId)
    if (!unit) body = <EmptyView text="找不到该组织，或你无权查看" />
    else if (!capabilitiesAt(data.me.workbench, unit).has('audit.view')) body = <EmptyView text="你无权查看该组织的操作记录" />
    else body = <AuditList key={`${unit.id}:${data.me.id}`} unit={unit} />
  }
  return <StackPage className="ps-audit-page">{body}</StackPage>
}

function AuditList({ unit }: { unit: UnitView }) {
  const list = usePagedList<AuditEntryView>(unit.id, (page) => listAudit({ unitId: unit.id, page, pageSize: PAGE_SIZE }))
  return (
    <View className="ps-audit">
      <View className="ps-page-head">
        <View className="ps-page-head__title">
          <Text>{unit.name}</Text>
        </View>
        <View className="ps-page-head__sub">{list.loading ? '正在加载…' : <Text className="ps-audit-total">共 {list.total} 条操作记录</Text>}</View>
      </View>
      {list.loading && <LoadingView />}
      {list.error && <ErrorView error={list.error} onRetry={list.refresh} />}
      {!list.loading && !list.error && list.items.length === 0 && <EmptyView text="暂无操作记录" />}
      <View className="ps-audit-list">
        {list.items.map((entry) => (
          <View key={entry.id} className="ps-audit-entry">
            <View className="ps-audit-entry__head">
              <Text className="ps-audit-entry__action">{auditActionLabel(entry.action)}</Text>
              <Text className="ps-audit-entry__at">{formatDateTime(entry.at)}</Text>
            </View>
            <View className="ps-audit-entry__summary">{entry.summary}</View>
            <View className="ps-audit-entry__actor">操作人：{entry.actorName}</View>
          </View>
        ))}
      </View>
      <ListFooter list={list} unit="条" />
    </View>
  )
}
