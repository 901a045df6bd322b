/** Names of units this tab has seen, for the breadcrumb of a drill-down (the URL holds only ids). */
const names = new Map<string, string>()

export function rememberUnitNames(rows: Array<{ unitId: string; unitName: string }>): void {
  for (const row of rows) names.set(row.unitId, row.unitName)
}

export function unitName(unitId: string): string | undefined {
  return names.get(unitId)
}
