import type { UnitView } from '@contract/org'
import { orderedUnits } from '@/lib/org-tree'

/**
 * 发布范围: which 党总支 / 党支部 (直属 included) under the publisher's unit a
 * notice goes to. Plain functions over `units.tree`, so jest can test them.
 * A selection holds unit ids; choosing a unit chooses everything under it,
 * and a unit counts as chosen once everything under it is.
 */

const SELECTABLE = new Set<UnitView['type']>(['general_branch', 'branch'])

/** The units one can tick, parents before their children. */
export function selectableUnits(units: UnitView[], scopeId: string): UnitView[] {
  return orderedUnits(units).filter((unit) => unit.id !== scopeId && unit.pathIds.includes(scopeId) && SELECTABLE.has(unit.type))
}

function below(unit: UnitView, selectable: UnitView[]): UnitView[] {
  return selectable.filter((other) => other.id !== unit.id && other.pathIds.includes(unit.id))
}

function above(unit: UnitView, selectable: UnitView[]): UnitView[] {
  // Deepest first, so a parent sees its children's new state.
  return selectable.filter((other) => other.id !== unit.id && unit.pathIds.includes(other.id)).sort((a, b) => b.pathIds.length - a.pathIds.length)
}

/** The default: every unit, i.e. the whole tree. */
export function wholeTree(selectable: UnitView[]): Set<string> {
  return new Set(selectable.map((unit) => unit.id))
}

export function isWholeTree(selection: ReadonlySet<string>, selectable: UnitView[]): boolean {
  return selectable.every((unit) => selection.has(unit.id))
}

/** Ticks or unticks a unit together with everything under it; its parents follow. */
export function toggleUnit(selection: ReadonlySet<string>, unit: UnitView, selectable: UnitView[]): Set<string> {
  const next = new Set(selection)
  const on = !selection.has(unit.id)
  for (const each of [unit, ...below(unit, selectable)]) {
    if (on) next.add(each.id)
    else next.delete(each.id)
  }
  for (const parent of above(unit, selectable)) {
    const children = below(parent, selectable)
    if (children.length > 0 && children.every((child) => next.has(child.id))) next.add(parent.id)
    else next.delete(parent.id)
  }
  return next
}

/** 'all', 'some' (a 党总支 with only part of its branches ticked) or 'none'. */
export function tickState(unit: UnitView, selection: ReadonlySet<string>, selectable: UnitView[]): 'all' | 'some' | 'none' {
  if (selection.has(unit.id)) return 'all'
  return below(unit, selectable).some((child) => selection.has(child.id)) ? 'some' : 'none'
}

/** What `notices.publish` gets: the topmost chosen units (a chosen 党总支 stands for its branches). */
export function targetIds(selection: ReadonlySet<string>, selectable: UnitView[]): string[] {
  return selectable.filter((unit) => selection.has(unit.id) && !above(unit, selectable).some((parent) => selection.has(parent.id))).map((unit) => unit.id)
}

/** 党支部 and members inside the given units (each unit's own members, summed over its subtree). */
export function reachOf(units: UnitView[], rootIds: string[]): { branches: number; members: number } {
  const inside = units.filter((unit) => rootIds.some((id) => unit.pathIds.includes(id)))
  return { branches: inside.filter((unit) => unit.type === 'branch').length, members: inside.reduce((sum, unit) => sum + unit.memberCount, 0) }
}
