import type { ContractActions } from './functions'
import type { ExactFunctionTable } from './function-table'

/**
 * Proved by `tsc --noEmit`: the table check the dispatcher is to use accepts
 * a table that serves its contract and names what is wrong otherwise. Each
 * `@ts-expect-error` fails the compile if its line stops being an error.
 */

type WhoamiResult = ContractActions['me']['whoami']['result']
const entry = <R>(result: R) => ({ payload: 'schema', run: async (_payload: Record<string, never>) => result })
/** Stands in for defineFunction: Table is inferred from the call, as it will be there. Against `me`'s whoami alone. */
const checkTable = <Table>(actions: ExactFunctionTable<Pick<ContractActions['me'], 'whoami'>, Table>): Table => actions

const whoami: WhoamiResult = { member: null }

describe('ExactFunctionTable', () => {
  it('accepts a table with exactly the contract actions and result types', () => {
    expect(Object.keys(checkTable({ whoami: entry(whoami) }))).toEqual(['whoami'])
  })

  it('refuses a missing action, an extra one and a wrong result (compile time)', () => {
    // @ts-expect-error whoami is missing
    checkTable({})
    const withExtra = { whoami: entry(whoami), 'whoami.extra': entry(whoami) }
    // @ts-expect-error whoami.extra is not in the contract (declared apart from the call, as index.ts does)
    checkTable(withExtra)
    // @ts-expect-error whoami answers WhoamiResult, not a number
    checkTable({ whoami: entry(1) })
    expect(true).toBe(true)
  })
})
