import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Adds a unit under a parent the caller manages (`units.create`). */
export function createUnit(payload: OrgActions['units.create']['payload']): Promise<OrgActions['units.create']['result']> {
  return callOrg('units.create', payload)
}
