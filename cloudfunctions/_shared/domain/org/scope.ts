import type { Role } from '../../contract/org'
import type { UnitPath } from '../org-path'

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
