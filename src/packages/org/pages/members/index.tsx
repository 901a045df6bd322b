import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { InviteView, MemberView, UnitView } from '@contract/org'
import type { WhoamiMember } from '@contract/me'
import { ListFooter } from '@/components/ListFooter'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { createInvite, listBranches, type BranchOption, listMembers } from '@/features/org/api'
import { ActivityPopup } from '@/features/org/components/ActivityPopup'
import { AddMemberPopup } from '@/features/org/components/AddMemberPopup'
import { DeactivateDialog } from '@/features/org/components/DeactivateDialog'
import { MemberCard, type MemberAction } from '@/features/org/components/MemberCard'
import { MovePopup } from '@/features/org/components/MovePopup'
import { RebindDialog } from '@/features/org/components/RebindDialog'
import { RolesPopup } from '@/features/org/components/RolesPopup'
import { rememberInvite } from '@/features/org/invite-store'
import { appointableGrants, canRevoke, capabilitiesAt, outranks } from '@/features/org/rules'
import { StackPage } from '@/layouts/StackPage'
import { unitTypeLabel } from '@/lib/org-labels'
import { showDone, showError } from '@/lib/toast'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { usePagedList } from '@/lib/use-paged-list'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import { SearchBar } from '@/ui/search-bar'
import { useUnitContext } from '@/features/org/hooks/use-unit-context'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/org/components/org.css'

const PAGE_SIZE = 20

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
  const capabilities = capabilitiesAt(me.workbench, unit)
  const canManage = capabilities.has('members.manage')
  // Members are placed in a 党支部; above it the list is read-only for adding.
  const canAdd = canManage && unit.type === 'branch'
  const [keywordInput, setKeywordInput] = useState('')
  const keyword = useDebouncedValue(keywordInput.trim(), 300)
  const [includeInactive, setIncludeInactive] = useState(false)
  const list = usePagedList<MemberView>(`${unit.id}|${keyword}|${includeInactive}`, (page) =>
    listMembers({ unitId: unit.id, keyword: keyword || undefined, page, pageSize: PAGE_SIZE, includeInactive })
  )

  const [adding, setAdding] = useState(false)
  const [moving, setMoving] = useState<MemberView | null>(null)
  const [deactivating, setDeactivating] = useState<MemberView | null>(null)
  const [rebinding, setRebinding] = useState<MemberView | null>(null)
  const [rolesFor, setRolesFor] = useState<MemberView | null>(null)
  const [activityFor, setActivityFor] = useState<MemberView | null>(null)
  // Every 党支部 of the 党委: names a 流动党员's activity branch, and the list to choose one from.
  const [branches, setBranches] = useState<BranchOption[] | null>(null)
  const [branchesFailed, setBranchesFailed] = useState(false)
  const loadBranches = () => {
    setBranchesFailed(false)
    listBranches()
      .then(setBranches)
      .catch(() => setBranchesFailed(true))
  }
  useEffect(() => {
    if (canManage) loadBranches()
  }, [canManage])
  const branchName = (id: string | null) => (id ? branches?.find((branch) => branch.id === id)?.name : undefined)
  const [inviting, setInviting] = useState('')
  // Members added on this visit stay on top (the server sorts by name, so a new one may be pages away):
  // adding is usually followed by 生成邀请.
  const [recent, setRecent] = useState<MemberView[]>([])
  const recentIds = new Set(recent.map((member) => member.id))

  /** After an action returned a member's new state. */
  const updateMember = (member: MemberView) => {
    setRecent((members) => members.map((item) => (item.id === member.id ? member : item)))
    list.updateItem((item) => item.id === member.id, member)
  }
  /** After a member left this list (moved away, deactivated): reload it. */
  const reload = (memberId?: string) => {
    if (memberId) setRecent((members) => members.filter((item) => item.id !== memberId))
    list.refresh()
  }

  const unitById = new Map(units.map((candidate) => [candidate.id, candidate]))
  const groups = units.filter((candidate) => candidate.parentId === unit.id && candidate.type === 'group')

  const openInvite = (invite: InviteView) => {
    rememberInvite(invite)
    void Taro.navigateTo({ url: routes.orgInvite(invite.code) })
  }

  const invite = async (member: MemberView) => {
    if (inviting) return
    setInviting(member.id)
    try {
      openInvite(await createInvite({ memberId: member.id }))
    } catch (error) {
      showError(error)
    } finally {
      setInviting('')
    }
  }

  const actionsFor = (member: MemberView): MemberAction[] => {
    if (member.status !== 'active') return []
    const self = member.id === me.id
    const home = unitById.get(member.unitId) ?? unit
    // Only people the caller outranks can be invited, rebound, moved or deactivated by them (the server's rank rule).
    const manageable = canManage && !self && outranks(me.roles, home, member.roles, 'members.manage')
    const actions: MemberAction[] = []
    if (manageable && !member.bound) {
      actions.push({ key: 'invite', text: inviting === member.id ? '生成中…' : '生成邀请', onClick: () => void invite(member) })
    }
    if (manageable && member.bound) actions.push({ key: 'rebind', text: '重新绑定', onClick: () => setRebinding(member) })
    if (manageable) actions.push({ key: 'move', text: '调整支部', onClick: () => setMoving(member) })
    if (manageable && member.category === '流动党员') {
      actions.push({
        key: 'activity',
        text: '活动支部',
        onClick: () => {
          if (branchesFailed) loadBranches()
          setActivityFor(member)
        }
      })
    }
    const revocable = member.roles.some((grant) => {
      const at = unitById.get(grant.unitId)
      return at !== undefined && canRevoke(me.roles, at, grant.role)
    })
    const mayChangeRoles =
      !self && outranks(me.roles, home, member.roles, 'roles.appoint') && (revocable || appointableGrants(me.roles, home, unitById).length > 0)
    if (mayChangeRoles) actions.push({ key: 'roles', text: '任免职务', onClick: () => setRolesFor(member) })
    if (manageable) actions.push({ key: 'deactivate', text: '停用/转出', danger: true, onClick: () => setDeactivating(member) })
    return actions
  }

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
          {canAdd && (
            <Button className="ps-members-add" type="primary" size="small" onClick={() => setAdding(true)}>
              添加党员
            </Button>
          )}
          {capabilities.has('members.import') && (
            <Button size="small" fill="outline" onClick={() => void Taro.navigateTo({ url: routes.orgImport(unit.id) })}>
              批量导入
            </Button>
          )}
          {capabilities.has('audit.view') && (
            <Button size="small" fill="outline" onClick={() => void Taro.navigateTo({ url: routes.orgAudit(unit.id) })}>
              操作记录
            </Button>
          )}
        </View>
      </View>

      <SearchBar
        className="ps-members-search"
        placeholder="按姓名搜索"
        value={keywordInput}
        maxLength={20}
        onChange={(value) => setKeywordInput(value)}
        onClear={() => setKeywordInput('')}
      />
      <View className="ps-filter">
        <View className={`ps-chip ps-members-inactive-toggle${includeInactive ? ' ps-chip--on' : ''}`} onClick={() => setIncludeInactive((on) => !on)}>
          {includeInactive ? '✓ ' : ''}含已停用/转出
        </View>
      </View>

      {list.loading && <LoadingView />}
      {list.error && <ErrorView error={list.error} onRetry={list.refresh} />}
      {!list.loading && !list.error && list.items.length === 0 && (
        <EmptyView text={keyword ? `没有姓名包含「${keyword}」的党员` : canAdd ? '该组织暂无党员，点击「添加党员」开始' : '该组织暂无党员'} />
      )}
      {recent.length > 0 && (
        <View className="ps-member-list ps-member-list--recent">
          <View className="ps-member-list__title">刚添加</View>
          {recent.map((member) => (
            <MemberCard key={member.id} member={member} actions={actionsFor(member)} activityUnitName={branchName(member.activityUnitId)} />
          ))}
        </View>
      )}
      <View className="ps-member-list">
        {list.items
          .filter((member) => !recentIds.has(member.id))
          .map((member) => (
            <MemberCard key={member.id} member={member} actions={actionsFor(member)} activityUnitName={branchName(member.activityUnitId)} />
          ))}
      </View>
      <ListFooter list={list} unit="人" />

      <AddMemberPopup
        visible={adding}
        unit={unit}
        groups={groups}
        onClose={() => setAdding(false)}
        onAdded={(member) => {
          setAdding(false)
          showDone(`已添加 ${member.name}，可生成邀请码让其绑定微信`)
          setRecent((members) => [member, ...members])
          list.refresh()
        }}
      />
      <MovePopup
        member={moving}
        units={units}
        canManage={(candidate) => capabilitiesAt(me.workbench, candidate).has('members.manage')}
        onClose={() => setMoving(null)}
        onMoved={(member) => {
          setMoving(null)
          showDone(`已调整到 ${member.unitName}${member.groupName ? ` · ${member.groupName}` : ''}`)
          reload(member.id)
        }}
      />
      <ActivityPopup
        member={activityFor}
        branches={branches}
        failed={branchesFailed}
        onRetry={loadBranches}
        onClose={() => setActivityFor(null)}
        onSaved={(member) => {
          setActivityFor(null)
          const name = branchName(member.activityUnitId)
          showDone(member.activityUnitId ? `已设为在 ${name ?? '外支部'} 参加活动` : '已清除活动支部')
          updateMember(member)
        }}
      />
      <DeactivateDialog
        member={deactivating}
        onClose={() => setDeactivating(null)}
        onDone={(member) => {
          setDeactivating(null)
          showDone(`${member.name} 已${member.status === 'transferred_out' ? '转出' : '停用'}`)
          reload(member.id)
        }}
      />
      <RebindDialog
        member={rebinding}
        onClose={() => setRebinding(null)}
        onInvite={(invite) => {
          setRebinding(null)
          reload()
          openInvite(invite)
        }}
      />
      <RolesPopup
        member={rolesFor}
        grants={me.roles}
        units={units}
        onClose={() => setRolesFor(null)}
        onChanged={(member) => {
          setRolesFor(member)
          updateMember(member)
        }}
      />
    </View>
  )
}
