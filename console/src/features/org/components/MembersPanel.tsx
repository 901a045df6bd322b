import { useState } from 'react'
import { Button, Input, PrimaryTable, Space, Tag, type PrimaryTableCol } from 'tdesign-react'
import { SearchIcon } from 'tdesign-icons-react'
import type { MemberView, UnitView } from '@contract/org'
import { MEMBER_STATUS_LABELS, ROLE_LABELS } from '@contract/org-rules'
import { StatusView } from '../../../components/StatusView'
import { useCall } from '../../../lib/use-call'
import { listMembers } from '../api'
import { InviteDialog } from './InviteDialog'
import { RolesDialog } from './RolesDialog'

const PAGE_SIZE = 20

/** The chosen unit's members, a page at a time (the function pages them); phones stay masked as every list shows them. */
export function MembersPanel(props: {
  unit: UnitView
  units: UnitView[]
  page: number
  keyword: string
  onPage: (page: number) => void
  onKeyword: (keyword: string) => void
  onChanged: () => void
}) {
  const { unit, page, keyword } = props
  const members = useCall(`members|${unit.id}|${page}|${keyword}`, () => listMembers(unit.id, page, PAGE_SIZE, keyword))
  const [typed, setTyped] = useState(keyword)
  const [rolesOf, setRolesOf] = useState<MemberView | null>(null)
  const [inviteFor, setInviteFor] = useState<MemberView | null>(null)
  const unitName = (id: string): string => props.units.find((u) => u.id === id)?.name ?? '其他组织'

  const columns: PrimaryTableCol<MemberView>[] = [
    { colKey: 'name', title: '姓名', width: 100 },
    { colKey: 'phoneMasked', title: '手机号', width: 120 },
    { colKey: 'unitName', title: '所在组织', cell: ({ row }) => (row.groupName ? `${row.unitName} · ${row.groupName}` : row.unitName) },
    { colKey: 'type', title: '类型', width: 100 },
    { colKey: 'category', title: '类别', width: 80 },
    {
      colKey: 'roles',
      title: '职务',
      cell: ({ row }) => {
        const held = row.roles.filter((grant) => grant.role !== 'member')
        return held.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <span className="org-roles-list">
            {held.map((grant) => (
              <Tag key={`${grant.role}@${grant.unitId}`} size="small" variant="light" theme="primary">
                {ROLE_LABELS[grant.role]}
                {grant.unitId === row.unitId ? '' : `·${unitName(grant.unitId)}`}
              </Tag>
            ))}
          </span>
        )
      }
    },
    {
      colKey: 'bound',
      title: '微信',
      width: 80,
      cell: ({ row }) => (row.status !== 'active' ? MEMBER_STATUS_LABELS[row.status] : row.bound ? '已加入' : <span className="muted">未加入</span>)
    },
    {
      colKey: 'actions',
      title: '操作',
      width: 150,
      cell: ({ row }) =>
        row.status === 'active' ? (
          <Space size={4}>
            <Button size="small" variant="text" theme="primary" onClick={() => setRolesOf(row)} data-testid="member-roles">
              职务
            </Button>
            <Button size="small" variant="text" theme="primary" onClick={() => setInviteFor(row)} data-testid="member-invite">
              {row.bound ? '解绑重邀' : '邀请'}
            </Button>
          </Space>
        ) : null
    }
  ]

  return (
    <div className="panel">
      <div className="org-toolbar">
        <Input
          value={typed}
          onChange={(value) => setTyped(String(value))}
          onEnter={() => props.onKeyword(typed.trim())}
          onClear={() => props.onKeyword('')}
          clearable
          placeholder="按姓名搜索，回车确认"
          prefixIcon={<SearchIcon />}
          style={{ width: 280 }}
        />
        {members.data ? <span className="muted">共 {members.data.total} 人</span> : null}
      </div>
      <StatusView loading={members.loading && !members.data} error={members.error} onRetry={members.reload}>
        <div data-testid="members-table">
          <PrimaryTable
            className="fit-table"
            rowKey="id"
            data={members.data?.items ?? []}
            columns={columns}
            tableLayout="fixed"
            bordered
            size="small"
            loading={members.loading}
            empty={keyword ? '没有找到匹配的党员' : '该组织暂无党员'}
            pagination={
              members.data && members.data.total > PAGE_SIZE
                ? { current: page, pageSize: PAGE_SIZE, total: members.data.total, showPageSize: false, onCurrentChange: (current) => props.onPage(current) }
                : undefined
            }
          />
        </div>
      </StatusView>
      {rolesOf ? (
        <RolesDialog
          member={rolesOf}
          units={props.units}
          onClose={() => setRolesOf(null)}
          onChanged={(updated) => {
            setRolesOf(updated)
            members.reload()
            props.onChanged()
          }}
        />
      ) : null}
      {inviteFor ? <InviteDialog member={inviteFor} onClose={() => setInviteFor(null)} onChanged={members.reload} /> : null}
    </div>
  )
}
