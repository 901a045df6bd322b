/**
 * A unit's materialised path: its ancestors' ids and its own, e.g.
 * "/u-committee/u-gb/u-b1/". "Everything under X" is one prefix match. The
 * one place every feature reads a path.
 */
export type UnitPath = string

export function pathOf(parentPath: UnitPath | null, id: string): UnitPath {
  return `${parentPath ?? '/'}${id}/`
}

/** The ids on the path, from the top (the 党委) down to the unit itself. */
export function pathIds(path: UnitPath): string[] {
  return path.split('/').filter(Boolean)
}

/** True when `path` is `scope` itself or lies below it. */
export function within(scope: UnitPath, path: UnitPath): boolean {
  return path.startsWith(scope)
}
