import type { ParticipationRow } from '@contract/dashboard-api'
import { PARTICIPATION_COLUMNS } from '@contract/dashboard-rules'

/** A table row: the unit's figures by column key (the same values the .xlsx export writes), and what it links to. */
export interface UnitTableRow {
  key: string
  unitId: string
  name: string
  total: boolean
  drill: 'units' | 'members' | null
  values: Record<string, number | null>
}

export function toTableRow(row: ParticipationRow, total: boolean): UnitTableRow {
  const values: Record<string, number | null> = {}
  for (const column of PARTICIPATION_COLUMNS) values[column.key] = column.value(row)
  return {
    key: total ? `total-${row.unitId}` : row.unitId,
    unitId: row.unitId,
    name: total ? `合计：${row.unitName}` : row.unitName,
    total,
    drill: total || !row.drillable ? null : row.unitType === 'branch' ? 'members' : 'units',
    values
  }
}

/** Sorts the child units by one column (nulls last either way); the 合计 row stays first. */
export function sortRows(rows: UnitTableRow[], sort: string): UnitTableRow[] {
  const [key, direction] = sort.split(':')
  if (!key || !PARTICIPATION_COLUMNS.some((column) => column.key === key)) return rows
  const sign = direction === 'desc' ? -1 : 1
  return [...rows].sort((a, b) => {
    const x = a.values[key]
    const y = b.values[key]
    if (x === y) return a.name.localeCompare(b.name, 'zh-CN')
    if (x === null) return 1
    if (y === null) return -1
    return (x - y) * sign
  })
}

/** How a figure reads on the screen (null: nothing to divide by). */
export const showNumber = (value: number | null): string => (value === null ? '—' : String(value))
