import { PrimaryTable, type PrimaryTableCol } from 'tdesign-react'
import type { DashboardActions } from '@contract/dashboard-api'
import { HELD_ONLY_NOTE } from '@contract/dashboard-rules'
import type { DashboardState } from '../dashboard-state'

type Members = DashboardActions['dashboard.members']['result']
type Member = Members['members'][number]

const PAGE_SIZE = 50

/** A branch's members, alphabetically as the function lists them (never ranked), the same columns as the export. */
export function MembersPanel(props: { data: Members; state: DashboardState }) {
  const { data, state } = props
  const columns: PrimaryTableCol<Member>[] = [
    { colKey: 'name', title: '姓名', width: 120, fixed: 'left' },
    { colKey: 'noticeRead', title: `已学习材料（共 ${data.notices} 期）`, align: 'right' },
    { colKey: 'noticeAnswered', title: '已提交讨论', align: 'right' },
    { colKey: 'present', title: '出席', align: 'right' },
    { colKey: 'late', title: '迟到', align: 'right' },
    { colKey: 'leave', title: '请假', align: 'right' },
    { colKey: 'absent', title: '缺席', align: 'right' },
    { colKey: 'madeUp', title: '已补学', align: 'right' },
    { colKey: 'upcomingLeave', title: '即将召开·已请假', align: 'right' }
  ]
  return (
    <div className="panel">
      <p className="muted">
        已召开会议 {data.meetingsHeld} 次，即将召开 {data.upcomingMeetings} 次。{HELD_ONLY_NOTE}
      </p>
      <PrimaryTable
        className="fit-table"
        rowKey="memberId"
        data={data.members}
        columns={columns}
        tableLayout="fixed"
        bordered
        size="small"
        empty="该支部暂无党员"
        pagination={
          data.members.length > PAGE_SIZE
            ? { current: state.page, pageSize: PAGE_SIZE, total: data.members.length, onCurrentChange: (current) => state.set({ page: String(current) }) }
            : undefined
        }
      />
    </div>
  )
}
