import { useMemo } from 'react'
import { InputNumber, Space, Tabs, TreeSelect } from 'tdesign-react'
import { StatusView } from '../../components/StatusView'
import { todayInShanghai } from '../../lib/dates'
import { useCall } from '../../lib/use-call'
import { useQueryState } from '../../lib/use-query-state'
import { firstRoot, unitNodes } from '../../lib/unit-tree'
import { useSession } from '../../session/session'
import { quotaProgress, unitTree } from './api'
import { ProgressView } from './components/ProgressView'
import { SettingsForm } from './components/SettingsForm'
import './requirements.css'

/**
 * 年度要求: every branch in the chosen unit against the year's requirements
 * (those behind first, as the function orders them), and for the 组织部 the
 * committee's settings. The URL holds unit, year and tab.
 */
export function RequirementsPage() {
  const { can } = useSession()
  const thisYear = Number(todayInShanghai().slice(0, 4))
  const [q, set] = useQueryState({ unit: '', year: String(thisYear), tab: 'progress' })
  const mayEdit = can('quotas.manage')
  const tab = q.tab === 'settings' && mayEdit ? 'settings' : 'progress'
  const year = Number(q.year) >= 2000 && Number(q.year) <= 2100 ? Math.trunc(Number(q.year)) : thisYear
  const tree = useCall(tab === 'progress' ? 'units' : null, unitTree)
  const units = useMemo(() => tree.data ?? [], [tree.data])
  const unitId = q.unit || firstRoot(units)?.id || ''
  const progress = useCall(tab === 'progress' && unitId ? `quotas|${unitId}|${year}` : null, () => quotaProgress(unitId, year))

  return (
    <div className="page requirements-page">
      <div className="page-head">
        <div>
          <h2>年度要求</h2>
          <p className="muted">各党支部每年应开展的组织生活及完成进度。进度条为全年完成情况，竖线为按日历此时应达到的位置。</p>
        </div>
      </div>
      <Tabs value={tab} onChange={(value) => set({ tab: String(value) === 'progress' ? null : String(value) })}>
        <Tabs.TabPanel value="progress" label="完成进度" />
        {mayEdit ? <Tabs.TabPanel value="settings" label="要求设置" /> : null}
      </Tabs>
      {tab === 'progress' ? (
        <>
          <Space className="scope-bar" align="center">
            <TreeSelect
              data={unitNodes(units, { keep: (unit) => unit.type !== 'group' })}
              value={unitId}
              onChange={(value) => set({ unit: String(value) })}
              loading={tree.loading}
              placeholder={tree.error ? tree.error.message : '选择组织'}
              treeProps={{ expandAll: true }}
              style={{ width: 260 }}
              filterable
            />
            <InputNumber
              value={year}
              min={2000}
              max={2100}
              theme="row"
              suffix="年"
              onChange={(value) => typeof value === 'number' && set({ year: value === thisYear ? null : String(value) })}
              style={{ width: 150 }}
              aria-label="年份"
            />
          </Space>
          <StatusView
            loading={tree.loading || progress.loading}
            error={tree.error ?? progress.error}
            onRetry={tree.error ? tree.reload : progress.reload}
            empty={progress.data?.branches.length === 0}
            emptyText="范围内暂无党支部"
          >
            {progress.data ? <ProgressView unitId={unitId} year={year} branches={progress.data.branches} /> : null}
          </StatusView>
        </>
      ) : (
        <SettingsForm />
      )}
    </div>
  )
}
