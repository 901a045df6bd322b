import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { UnitView } from '@contract/org'
import type { WhoamiMember } from '@contract/me'
import { ListFooter } from '@/components/ListFooter'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { ActivityPopup } from '@/features/org/components/ActivityPopup'
import { AddMemberPopup } from '@/features/org/components/AddMemberPopup'
import { DeactivateDialog } from '@/features/org/components/DeactivateDialog'
import { MemberCard } from '@/features/org/components/MemberCard'
import { MovePopup } from '@/features/org/components/MovePopup'
import { RebindDialog } from '@/features/org/components/RebindDialog'
import { RolesPopup } from '@/features/org/components/RolesPopup'
import { useMemberList } from '@/features/org/hooks/use-member-list'
import { useUnitContext } from '@/features/org/hooks/use-unit-context'
import { StackPage } from '@/layouts/StackPage'
import { unitTypeLabel } from '@/lib/org-labels'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import { SearchBar } from '@/ui/search-bar'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/org/components/org.css'

/** 党员管理: a unit's members, searchable by name, with what the caller may do to each. */
export default function MembersPage() {
  const context = useUnitContext((capabilities) => capabilities.has('members.view') || capabilities.has('members.manage'), '你无权查看该组织的党员')
  const body =
    'fallback' in context ? (
      context.fallback
    ) : (
      <MemberList key={`${context.unit.id}:${context.me.id}`} unit={context.unit} me={context.me} units={context.units} />
    )
  return <StackPage className="ps-members-page">{body}</StackPage>
}

function MemberList({ unit, me, units }: { unit: UnitView; me: WhoamiMember; units: UnitView[] }) {
  const m = useMemberList(unit, me, units)
  const { list, keyword } = m
  return (
    <View className="ps-members">
      <View className="ps-page-head">
        <View className="ps-page-head__title">
          <Text className="ps-members-unit">{unit.name}</Text>
          <Text className="ps-page-head__tag">{unitTypeLabel(unit.type, unit.directlyAttached)}</Text>
        </View>
        <View className="ps-page-head__sub">
          {list.loading ? (
            '正在统计…'
          ) : (
            <Text className="ps-members-total">
              共 {list.total} 人{keyword ? `（姓名含「${keyword}」）` : ''}
            </Text>
          )}
        </View>
        <View className="ps-toolbar">
          {m.canAdd && (
            <Button className="ps-members-add" type="primary" size="small" onClick={() => m.setAdding(true)}>
              添加党员
            </Button>
          )}
          {m.capabilities.has('members.import') && (
            <Button size="small" fill="outline" onClick={() => void Taro.navigateTo({ url: routes.orgImport(unit.id) })}>
              批量导入
            </Button>
          )}
          {m.capabilities.has('audit.view') && (
            <Button size="small" fill="outline" onClick={() => void Taro.navigateTo({ url: routes.orgAudit(unit.id) })}>
              操作记录
            </Button>
          )}
        </View>
      </View>

      <SearchBar
        className="ps-members-search"
        placeholder="按姓名搜索"
        value={m.keywordInput}
        maxLength={20}
        onChange={(value) => m.setKeywordInput(value)}
        onClear={() => m.setKeywordInput('')}
      />
      <View className="ps-filter">
        <View className={`ps-chip ps-members-inactive-toggle${m.includeInactive ? ' ps-chip--on' : ''}`} onClick={m.toggleInactive}>
          {m.includeInactive ? '✓ ' : ''}含已停用/转出
        </View>
      </View>

      {list.loading && <LoadingView />}
      {list.error && <ErrorView error={list.error} onRetry={list.refresh} />}
      {!list.loading && !list.error && list.items.length === 0 && (
        <EmptyView text={keyword ? `没有姓名包含「${keyword}」的党员` : m.canAdd ? '该组织暂无党员，点击「添加党员」开始' : '该组织暂无党员'} />
      )}
      {m.recent.length > 0 && (
        <View className="ps-member-list ps-member-list--recent">
          <View className="ps-member-list__title">刚添加</View>
          {m.recent.map((member) => (
            <MemberCard key={member.id} member={member} actions={m.actionsFor(member)} activityUnitName={m.branchName(member.activityUnitId)} />
          ))}
        </View>
      )}
      <View className="ps-member-list">
        {m.listed.map((member) => (
          <MemberCard key={member.id} member={member} actions={m.actionsFor(member)} activityUnitName={m.branchName(member.activityUnitId)} />
        ))}
      </View>
      <ListFooter list={list} unit="人" />

      <AddMemberPopup visible={m.adding} unit={unit} groups={m.groups} onClose={() => m.setAdding(false)} onAdded={m.added} />
      <MovePopup member={m.moving} units={units} canManage={m.managesAt} onClose={() => m.setMoving(null)} onMoved={m.moved} />
      <ActivityPopup
        member={m.activityFor}
        branches={m.branches}
        failed={m.branchesFailed}
        onRetry={m.loadBranches}
        onClose={() => m.setActivityFor(null)}
        onSaved={m.activitySaved}
      />
      <DeactivateDialog member={m.deactivating} onClose={() => m.setDeactivating(null)} onDone={m.deactivated} />
      <RebindDialog member={m.rebinding} onClose={() => m.setRebinding(null)} onInvite={m.rebindInvite} />
      <RolesPopup member={m.rolesFor} grants={me.roles} units={units} onClose={() => m.setRolesFor(null)} onChanged={m.rolesChanged} />
    </View>
  )
}
