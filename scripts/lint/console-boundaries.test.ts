import { execFileSync } from 'node:child_process'
import path from 'node:path'

/**
 * The PC console's boundary (eslint.boundaries.mjs): it imports the contract
 * and nothing else of the repo — not the mini-program, not the server's code
 * or SDK — and its features stay apart. Each snippet breaks one rule at a
 * console path; the contract import is allowed.
 */
interface Linted {
  filePath: string
  messages: Array<{ ruleId: string | null; message: string }>
}

const ROOT = path.resolve(__dirname, '../..')

describe('console import boundaries', () => {
  let results: Linted[]
  beforeAll(() => {
    const snippets = [
      { filePath: 'console/src/features/dashboard/fixture-src.ts', code: "import { routes } from '../../../../src/routes'\nexport const r = routes\n" },
      {
        filePath: 'console/src/features/dashboard/fixture-domain.ts',
        code: [
          "import { percent } from '@contract/dashboard-rules'",
          "import * as d from '../../../../cloudfunctions/_shared/domain/calendar'",
          'export const x = [percent, d]\n'
        ].join('\n')
      },
      { filePath: 'console/src/features/dashboard/fixture-sdk.ts', code: "import tcb from '@cloudbase/node-sdk'\nexport const app = tcb\n" },
      {
        filePath: 'console/src/features/dashboard/fixture-cross.ts',
        code: "import { NoticesListPage } from '../notices/NoticesListPage'\nexport const p = NoticesListPage\n"
      },
      {
        filePath: 'console/src/features/dashboard/fixture-ok.ts',
        code: [
          "import type { DashboardView } from '@contract/dashboard-api'",
          "import { call } from '../../api/call'",
          'export type V = DashboardView',
          'export const c = call\n'
        ].join('\n')
      }
    ].map((s) => ({ ...s, filePath: path.join(ROOT, s.filePath) }))
    results = JSON.parse(
      execFileSync(process.execPath, [path.join(__dirname, 'lint-text.mjs')], { cwd: ROOT, input: JSON.stringify(snippets), encoding: 'utf8' })
    ) as Linted[]
  }, 60_000)

  const restricted = (name: string): string =>
    (results.find((r) => r.filePath.endsWith(name))?.messages ?? [])
      .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
      .map((m) => m.message)
      .join('\n')

  it('reports the mini-program, server code, the node SDK and another console feature; allows the contract and the console api', () => {
    expect(restricted('fixture-src.ts')).toMatch(/管理端只引入 cloudfunctions\/_shared\/contract/)
    expect(restricted('fixture-domain.ts')).toMatch(/管理端只通过 cloudfunctions\/_shared\/contract 认识服务端/)
    expect(restricted('fixture-domain.ts').split('\n')).toHaveLength(1) // the contract import itself is fine
    expect(restricted('fixture-sdk.ts')).toMatch(/不引入服务端 SDK/)
    expect(restricted('fixture-cross.ts')).toMatch(/console\/src\/features\/dashboard 不能引入其他功能的代码/)
    expect(restricted('fixture-ok.ts')).toBe('')
  })
})
