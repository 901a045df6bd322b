import { Text, View } from '@tarojs/components'
import type { AuditEntryView, UnitView } from '@contract/org'
import { ListFooter } from '@/components/ListFooter'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { listAudit } from '@/features/org/api'
import { auditActionLabel } from '@/features/org/audit-labels'
import { StackPage } from '@/layouts/StackPage'
import { formatDateTime } from '@/lib/org-labels'
import { usePagedList } from '@/lib/use-paged-list'
import { useUnitContext } from '@/features/org/hooks/use-unit-context'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/org/components/org.css'

const PAGE_SIZE = 20

/** 操作记录: who changed what in a unit's subtree, newest first. */
export default function AuditPage() {
  const context = useUnitContext((capabilities) => capabilities.has('audit.view'), '你无权查看该组织的操作记录')
  const body = 'fallback' in context ? context.fallback : <AuditList key={`${context.unit.id}:${context.me.id}`} unit={context.unit} />
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
