import type { UnitType } from '@contract/org'

/**
 * The breadcrumb of a drill-down (党委 → 党总支 → 党支部): the unit opened
 * first, then each one tapped. The last is the one shown.
 */
export interface TrailStep {
  unitId: string
  /** Empty until the unit's view has loaded (the first step is known by its id only). */
  unitName: string
  unitType: UnitType | null
}

/** The unit opened first, named at once when it is one of the caller's 工作台 scopes (the 年度要求 tab may be all that loads). */
export function startTrail(unitId: string, known?: { unitId: string; unitName: string; unitType: UnitType }): TrailStep[] {
  return [known?.unitId === unitId ? { unitId, unitName: known.unitName, unitType: known.unitType } : { unitId, unitName: '', unitType: null }]
}

/** Into a child unit; tapping the unit already shown changes nothing. */
export function drillInto(trail: TrailStep[], unit: { unitId: string; unitName: string; unitType: UnitType }): TrailStep[] {
  if (trail[trail.length - 1]?.unitId === unit.unitId) return trail
  return [...trail, { unitId: unit.unitId, unitName: unit.unitName, unitType: unit.unitType }]
}

/** Back up to the step at `index` (a tap on the breadcrumb). */
export function backTo(trail: TrailStep[], index: number): TrailStep[] {
  return index >= 0 && index < trail.length - 1 ? trail.slice(0, index + 1) : trail
}

/** Fills in a step's name and type once its view has loaded. */
export function named(trail: TrailStep[], unit: { unitId: string; unitName: string; unitType: UnitType }): TrailStep[] {
  const stale = (step: TrailStep) => step.unitId === unit.unitId && (step.unitName !== unit.unitName || step.unitType !== unit.unitType)
  // The same array when nothing changed, so setting it does not render again.
  if (!trail.some(stale)) return trail
  return trail.map((step) => (stale(step) ? { ...step, unitName: unit.unitName, unitType: unit.unitType } : step))
}
