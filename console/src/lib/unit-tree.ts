import type { UnitView } from '@contract/org'

export interface UnitNode {
  value: string
  label: string
  children?: UnitNode[]
}

/**
 * The caller's part of the tree (`units.tree` lists only their scope) as
 * TDesign's Tree and TreeSelect want it: roots are the units whose parent is
 * outside the list, children in the function's order. `counts` adds a branch's
 * (or group's) own member count; a 党委 or 党总支 counts only the few members
 * attached to it directly, which would read as a total, so it shows none. `keep` leaves out kinds
 * a page has no use for (a 党小组 holds no meetings of its own record here).
 */
export function unitNodes(units: UnitView[], options: { counts?: boolean; keep?: (unit: UnitView) => boolean } = {}): UnitNode[] {
  const shown = options.keep ? units.filter(options.keep) : units
  const byParent = new Map<string | null, UnitView[]>()
  for (const unit of shown) byParent.set(unit.parentId, [...(byParent.get(unit.parentId) ?? []), unit])
  const ids = new Set(shown.map((unit) => unit.id))
  const build = (unit: UnitView): UnitNode => {
    const children = (byParent.get(unit.id) ?? []).map(build)
    return {
      value: unit.id,
      label: options.counts && (unit.type === 'branch' || unit.type === 'group') ? `${unit.name}（${unit.memberCount}）` : unit.name,
      ...(children.length ? { children } : {})
    }
  }
  return shown.filter((unit) => unit.parentId === null || !ids.has(unit.parentId)).map(build)
}

/** The first root of the caller's scope: what a page shows before a unit is chosen. */
export function firstRoot(units: UnitView[]): UnitView | undefined {
  const ids = new Set(units.map((unit) => unit.id))
  return units.find((unit) => unit.parentId === null || !ids.has(unit.parentId))
}
