import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { Capability, InviteView, MemberView, UnitView } from '@contract/org'
import type { WhoamiMember } from '@contract/me'
import { showDone, showError } from '@/lib/toast'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { usePagedList, type PagedListState } from '@/lib/use-paged-list'
import { routes } from '@/routes'
import { createInvite, listBranches, listMembers, type BranchOption } from '../api'
import type { MemberAction } from '../components/MemberCard'
import { rememberInvite } from '../invite-store'
import { appointableGrants, canRevoke, capabilitiesAt, outranks } from '../rules'

const PAGE_SIZE = 20

/** The member an open dialog acts on; null while it is closed. */
type Target = MemberView | null

/** What 党员管理 shows and does; the page only lays it out. */
export interface MemberList {
  capabilities: Set<Capability>
  /** Members are placed in a 党支部; above it the list is read-only for adding. */
  canAdd: boolean
  /** The search box as typed, and the debounced, trimmed keyword the list uses. */
  keywordInput: string
  setKeywordInput: (value: string) => void
  keyword: string
  includeInactive: boolean
  toggleInactive: () => void
  list: PagedListState<MemberView>
  /** Members added on this visit, shown on top; `listed` is the page's list without them. */
  recent: MemberView[]
  listed: MemberView[]
  actionsFor: (member: MemberView) => MemberAction[]
  /** The 党小组 right under the unit (where a new member may be placed). */
  groups: UnitView[]
  /** A 党支部's name from the 党委's list (a 流动党员's activity branch). */
  branchName: (id: string | null) => string | undefined
  branches: BranchOption[] | null
  branchesFailed: boolean
  loadBranches: () => void
  /** Whether the caller manages members at another unit (where a member may be moved). */
  managesAt: (unit: UnitView) => boolean
  adding: boolean
  setAdding: (open: boolean) => void
  moving: Target
  setMoving: (member: Target) => void
  deactivating: Target
  setDeactivating: (member: Target) => void
  rebinding: Target
  setRebinding: (member: Target) => void
  rolesFor: Target
  setRolesFor: (member: Target) => void
  activityFor: Target
  setActivityFor: (member: Target) => void
  /** What each dialog's success does to the list (and the toast it shows). */
  added: (member: MemberView) => void
  moved: (member: MemberView) => void
  activitySaved: (member: MemberView) => void
  deactivated: (member: MemberView) => void
  rebindInvite: (invite: InviteView) => void
  rolesChanged: (member: MemberView) => void
}

/** 党员管理's state: a unit's members, searchable by name, with what the caller may do to each. */
export function useMemberList(unit: UnitView, me: WhoamiMember, units: UnitView[]): MemberList {
  const capabilities = capabilitiesAt(me.workbench, unit)
  const canManage = capabilities.has('members.manage')
  const canAdd = canManage && unit.type === 'branch'
  const [keywordInput, setKeywordInput] = useState('')
  const keyword = useDebouncedValue(keywordInput.trim(), 300)
  const [includeInactive, setIncludeInactive] = useState(false)
  const list = usePagedList<MemberView>(`${unit.id}|${keyword}|${includeInactive}`, (page) =>
    listMembers({ unitId: unit.id, keyword: keyword || undefined, page, pageSize: PAGE_SIZE, includeInactive })
  )

  const [adding, setAdding] = useState(false)
  const [moving, setMoving] = useState<Target>(null)
  const [deactivating, setDeactivating] = useState<Target>(null)
  const [rebinding, setRebinding] = useState<Target>(null)
  const [rolesFor, setRolesFor] = useState<Target>(null)
  const [activityFor, setActivityFor] = useState<Target>(null)
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

  return {
    capabilities,
    canAdd,
    keywordInput,
    setKeywordInput,
    keyword,
    includeInactive,
    toggleInactive: () => setIncludeInactive((on) => !on),
    list,
    recent,
    listed: list.items.filter((member) => !recentIds.has(member.id)),
    actionsFor,
    groups,
    branchName,
    branches,
    branchesFailed,
    loadBranches,
    managesAt: (candidate) => capabilitiesAt(me.workbench, candidate).has('members.manage'),
    adding,
    setAdding,
    moving,
    setMoving,
    deactivating,
    setDeactivating,
    rebinding,
    setRebinding,
    rolesFor,
    setRolesFor,
    activityFor,
    setActivityFor,
    added: (member) => {
      setAdding(false)
      showDone(`已添加 ${member.name}，可生成邀请码让其绑定微信`)
      setRecent((members) => [member, ...members])
      list.refresh()
    },
    moved: (member) => {
      setMoving(null)
      showDone(`已调整到 ${member.unitName}${member.groupName ? ` · ${member.groupName}` : ''}`)
      reload(member.id)
    },
    activitySaved: (member) => {
      setActivityFor(null)
      const name = branchName(member.activityUnitId)
      showDone(member.activityUnitId ? `已设为在 ${name ?? '外支部'} 参加活动` : '已清除活动支部')
      updateMember(member)
    },
    deactivated: (member) => {
      setDeactivating(null)
      showDone(`${member.name} 已${member.status === 'transferred_out' ? '转出' : '停用'}`)
      reload(member.id)
    },
    rebindInvite: (invite) => {
      setRebinding(null)
      reload()
      openInvite(invite)
    },
    rolesChanged: (member) => {
      setRolesFor(member)
      updateMember(member)
    }
  }
}
