import type { UnitView } from '@contract/org'

/** How deep a unit sits in the whole tree (the 党委 is 1). */
export function depthOf(unit: UnitView): number {
  return unit.pathIds.length > 0 ? unit.pathIds.length : 1
}

/** Siblings by kind (党总支 before 党支部 before 党小组), otherwise in the server's order. */
const TYPE_ORDER = { committee: 0, general_branch: 1, branch: 2, group: 3 } as const

export function childrenByParent(units: UnitView[]): Map<string | null, UnitView[]> {
  const ids = new Set(units.map((unit) => unit.id))
  const children = new Map<string | null, UnitView[]>()
  for (const unit of units) {
    // The top of the caller's visible subtree has a parent they cannot see: treat it as a root.
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null
    const list = children.get(parent) ?? []
    list.push(unit)
    children.set(parent, list)
  }
  for (const list of children.values()) {
    list.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type]) // stable: equal kinds keep their order
  }
  return children
}

/** Depth-first order, parents before their children: the order a tree is read in. */
export function orderedUnits(units: UnitView[]): UnitView[] {
  const children = childrenByParent(units)
  const ordered: UnitView[] = []
  const visit = (parent: string | null) => {
    for (const unit of children.get(parent) ?? []) {
      ordered.push(unit)
      visit(unit.id)
    }
  }
  visit(null)
  return ordered
}
