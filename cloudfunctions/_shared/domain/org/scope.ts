import type { Role } from '../../contract/org'

/**
 * A unit's materialised path: its ancestors' ids and its own, e.g.
 * "/u-committee/u-gb/u-b1/". "Everything under X" is one prefix match.
 */
export type UnitPath = string

export function pathOf(parentPath: UnitPath | null, id: string): UnitPath {
  return `${parentPath ?? '/'}${id}/`
}

export function pathIds(path: UnitPath): string[] {
  return path.split('/').filter(Boolean)
}

/** True when `path` is `scope` itself or lies below it. */
export function within(scope: UnitPath, path: UnitPath): boolean {
  return path.startsWith(scope)
}

/** A role as stored on the member: with its unit's path, so checks need no further read. */
export interface StoredRole {
  role: Role
  unitId: string
  unitPath: UnitPath
}

/** What authorisation needs to know about the caller, all from one member document. */
export interface Caller {
  memberId: string
  name: string
  unitPath: UnitPath
  roles: StoredRole[]
}
