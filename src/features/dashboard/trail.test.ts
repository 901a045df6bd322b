import type { WorkbenchScope } from '@contract/me'
import { canManageQuotas, widestDashboardScope } from './access'
import { backTo, drillInto, named, startTrail } from './trail'

describe('dashboard drill-down', () => {
  const gb = { unitId: 'u-gb-staff', unitName: '教工党总支', unitType: 'general_branch' as const }
  const branch = { unitId: 'u-b-staff-1', unitName: '教工第一党支部', unitType: 'branch' as const }

  it('goes down and back up', () => {
    const root = named(startTrail('u-committee'), { unitId: 'u-committee', unitName: '信息工程学院党委', unitType: 'committee' })
    const deep = drillInto(drillInto(root, gb), branch)
    expect(deep.map((step) => step.unitName)).toEqual(['信息工程学院党委', '教工党总支', '教工第一党支部'])
    expect(drillInto(deep, branch)).toBe(deep)
    expect(backTo(deep, 0).map((step) => step.unitId)).toEqual(['u-committee'])
    expect(backTo(deep, 2)).toBe(deep)
  })

  it('names the first step once loaded, and leaves a named trail as it is', () => {
    const trail = startTrail('u-committee')
    expect(trail[0]).toEqual({ unitId: 'u-committee', unitName: '', unitType: null })
    const loaded = named(trail, { unitId: 'u-committee', unitName: '信息工程学院党委', unitType: 'committee' })
    expect(loaded[0].unitName).toBe('信息工程学院党委')
    expect(named(loaded, { unitId: 'u-committee', unitName: '信息工程学院党委', unitType: 'committee' })).toBe(loaded)
    expect(startTrail('u-b-staff-1', branch)).toEqual([branch])
    expect(startTrail('u-b-staff-1', gb)[0].unitName).toBe('')
  })
})

describe('dashboard access', () => {
  const scope = (unitId: string, unitType: WorkbenchScope['unitType'], capabilities: WorkbenchScope['capabilities']): WorkbenchScope => ({
    unitId,
    unitName: unitId,
    unitType,
    capabilities
  })

  it('opens on the widest unit with the dashboard', () => {
    expect(
      widestDashboardScope([
        scope('b', 'branch', ['dashboard.view']),
        scope('c', 'committee', ['members.view']),
        scope('g', 'general_branch', ['dashboard.view'])
      ])?.unitId
    ).toBe('g')
    expect(widestDashboardScope([scope('b', 'branch', ['members.view'])])).toBeUndefined()
  })

  it('lets only the 组织部 set the requirements', () => {
    expect(canManageQuotas([scope('c', 'committee', ['dashboard.view', 'quotas.manage'])])).toBe(true)
    expect(canManageQuotas([scope('g', 'general_branch', ['dashboard.view'])])).toBe(false)
  })
})
