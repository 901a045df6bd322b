import { DASHBOARD_EXTRA_DOCS, DB_CALL_BUDGETS, dbCallsTable, measureDbCalls, type DbCallsReport } from '../../scripts/lib/db-calls'
import { startDemoEmulator } from '../support/demo'

/**
 * The budgets of database calls per action, in the typical case,
 * counted by the emulator on the built functions and the demo data with the
 * harness `npm run bench` uses (scripts/lib/db-calls.ts). Counts only: no
 * timing is asserted.
 */
describe('database calls per action', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let report: DbCallsReport

  beforeAll(async () => {
    demo = await startDemoEmulator()
    report = await measureDbCalls(demo.emulator)
    // The numbers, for whoever reads the run (and for a failing budget's context).
    console.log(
      dbCallsTable(report)
        .map((row) => Object.values(row).join('\t'))
        .join('\n')
    )
  })
  afterAll(async () => {
    await demo?.close()
  })

  it('measured every action on a successful call', () => {
    expect(report.costs.filter((cost) => !cost.ok).map((cost) => `${cost.key}: ${cost.error}`)).toEqual([])
  })

  it.each(Object.entries(DB_CALL_BUDGETS))('%s costs at most %d database calls', (action, budget) => {
    expect(report.perAction).toHaveProperty([action])
    expect(report.perAction[action]).toBeLessThanOrEqual(budget)
  })

  it(`dashboard.view reads at most the units shown + ${DASHBOARD_EXTRA_DOCS} documents`, () => {
    expect(report.dashboard.unitsShown).toBeGreaterThan(1)
    expect(report.dashboard.docsRead).toBeLessThanOrEqual(report.dashboard.unitsShown + DASHBOARD_EXTRA_DOCS)
  })
})
