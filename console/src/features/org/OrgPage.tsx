import { useMemo } from 'react'
import { Tabs, Tree } from 'tdesign-react'
import type { UnitView } from '@contract/org'
import { StatusView } from '../../components/StatusView'
import { useCall } from '../../lib/use-call'
import { useQueryState } from '../../lib/use-query-state'
import { firstRoot, unitNodes } from '../../lib/unit-tree'
import { unitTree } from './api'
import { ImportPanel } from './components/ImportPanel'
import { MembersPanel } from './components/MembersPanel'
import './org.css'

type OrgTab = 'members' | 'import'

/**
 * 组织与党员: the caller's part of the tree on the left (the function lists
 * only their scope), the chosen unit's members or 批量导入 on the right. The
 * URL holds unit, tab, page and keyword.
 */
export function OrgPage() {
  const [q, set] = useQueryState({ unit: '', tab: 'members', page: '1', q: '' })
  const tree = useCall('units', unitTree)
  const units = useMemo(() => tree.data ?? [], [tree.data])
  const byId = useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units])
  const nodes = useMemo(() => unitNodes(units, { counts: true }), [units])
  // Without a unit in the URL: the first root of the caller's scope.
  const unit: UnitView | undefined = byId.get(q.unit) ?? (q.unit ? undefined : firstRoot(units))
  const tab: OrgTab = q.tab === 'import' ? 'import' : 'members'

  return (
    <div className="page org-page">
      <div className="page-head">
        <h2 data-testid="org-title">{unit ? unit.name : '组织与党员'}</h2>
      </div>
      <StatusView loading={tree.loading && !tree.data} error={tree.error} onRetry={tree.reload} empty={units.length === 0} emptyText="你的范围内没有组织">
        <div className="org-layout">
          <aside className="org-tree" aria-label="组织树" data-testid="org-tree">
            <Tree
              data={nodes}
              activable
              expandAll
              hover
              actived={unit ? [unit.id] : []}
              onActive={(value) => {
                const id = value[0]
                if (id !== undefined) set({ unit: String(id), page: null, q: null })
              }}
            />
          </aside>
          <section className="org-main">
            {!unit ? (
              <div className="status-view status-empty" role="alert">
                该组织不在你的管理范围内，或已不存在。
              </div>
            ) : (
              <>
                <Tabs value={tab} onChange={(value) => set({ tab: String(value) === 'members' ? null : String(value), page: null })}>
                  <Tabs.TabPanel value="members" label="党员" />
                  {unit.type !== 'group' ? <Tabs.TabPanel value="import" label="批量导入" /> : null}
                </Tabs>
                {tab === 'members' ? (
                  <MembersPanel
                    key={unit.id}
                    unit={unit}
                    units={units}
                    page={Math.max(1, Number(q.page) || 1)}
                    keyword={q.q}
                    onPage={(page) => set({ page: page > 1 ? String(page) : null })}
                    onKeyword={(keyword) => set({ q: keyword, page: null }, true)}
                    onChanged={tree.reload}
                  />
                ) : (
                  <ImportPanel key={unit.id} unit={unit} onImported={tree.reload} />
                )}
              </>
            )}
          </section>
        </div>
      </StatusView>
    </div>
  )
}
