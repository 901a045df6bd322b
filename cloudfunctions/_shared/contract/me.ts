import type { Capability, RoleGrant, UnitType } from './org'

/** The `me` function: who the caller is, as the platform says. */
export const ME_FUNCTION = 'me'

export interface MeActions {
  whoami: { payload: Record<string, never>; result: WhoamiResult }
}

export type MeAction = keyof MeActions

/** One unit the caller can work on in 工作台, and what they may do there. */
export interface WorkbenchScope {
  unitId: string
  unitName: string
  unitType: UnitType
  capabilities: Capability[]
}

export interface WhoamiMember {
  id: string
  name: string
  unitId: string
  unitName: string
  groupName: string | null
  roleLabels: string[]
  roles: RoleGrant[]
  /** Empty for a member without a role: 工作台 then shows nothing to manage. */
  workbench: WorkbenchScope[]
}

export interface WhoamiResult {
  member: WhoamiMember | null
}
