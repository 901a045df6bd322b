import { Tag } from 'tdesign-react'
import type { BranchQuotas, QuotaProgress } from '@contract/dashboard-api'
import { DownloadButton } from '../../../components/DownloadButton'
import { exportQuotas } from '../api'

/** Width of the done bar and the calendar mark, in % of the year's target. */
const share = (part: number, whole: number): number => (whole <= 0 ? 0 : Math.min(100, Math.round((part / whole) * 100)))

function countFromText(branch: BranchQuotas): string {
  return branch.countFrom ? `自 ${branch.countFrom} 起计算：${branch.countFromReason}` : `暂不计算：${branch.countFromReason}`
}

/**
 * Each branch as a card (two a row at 1440 px): behind / on track / not yet
 * counted in words and colour, each requirement with done of target, what
 * the calendar asks by now, why the target is what it is, and what is missing.
 */
export function ProgressView(props: { unitId: string; year: number; branches: BranchQuotas[] }) {
  const behind = props.branches.filter((branch) => branch.behind.length > 0).length
  return (
    <div className="panel">
      <div className="requirements-summary">
        <span data-testid="requirements-summary">
          共 {props.branches.length} 个党支部，{behind > 0 ? `${behind} 个有落后项目` : '均按进度开展'}
        </span>
        <DownloadButton load={() => exportQuotas(props.unitId, props.year)} label="导出 Excel" testId="requirements-export" />
      </div>
      <div className="requirements-grid">
        {props.branches.map((branch) => (
          <section key={branch.unitId} className="requirements-card" data-testid="requirements-branch">
            <header>
              <strong>{branch.unitName}</strong>
              {branch.behind.length > 0 ? (
                <Tag theme="warning">落后 {branch.behind.length} 项</Tag>
              ) : branch.countFrom === null ? (
                <Tag>未开始计算</Tag>
              ) : (
                <Tag theme="success">按进度</Tag>
              )}
            </header>
            <p className="muted">{countFromText(branch)}</p>
            {branch.items.map((item) => (
              <Item key={item.key} item={item} />
            ))}
          </section>
        ))}
      </div>
    </div>
  )
}

function Item({ item }: { item: QuotaProgress }) {
  return (
    <div className={`requirements-item${item.behind ? ' is-behind' : ''}`}>
      <div className="requirements-item-head">
        <span>{item.label}</span>
        {item.behind ? (
          <Tag theme="warning" size="small">
            落后
          </Tag>
        ) : null}
        <span className="requirements-count">
          {item.done} / {item.target} 次{item.expectedByNow > 0 ? `（此时应 ${item.expectedByNow}）` : ''}
        </span>
      </div>
      <div className="requirements-bar" aria-hidden="true">
        <div className="requirements-bar-fill" style={{ width: `${share(item.done, item.target)}%` }} />
        {item.expectedByNow > 0 ? <div className="requirements-bar-mark" style={{ left: `${share(item.expectedByNow, item.target)}%` }} /> : null}
      </div>
      <div className="muted requirements-reason">
        要求 {item.target} 次：{item.targetReason}
        {item.detail ? `；${item.detail}` : ''}
      </div>
    </div>
  )
}
