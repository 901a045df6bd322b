import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The linter holds the layer rules: each snippet below breaks one, as a file
 * at a path where it is forbidden, and must be reported by the rule that
 * guards it. The same import at an allowed path is not reported.
 */
interface Linted {
  filePath: string
  messages: Array<{ ruleId: string | null; message: string }>
}

const ROOT = path.resolve(__dirname, '../..')

function lint(snippets: Array<{ filePath: string; code: string }>): Linted[] {
  const input = JSON.stringify(snippets.map((s) => ({ ...s, filePath: path.join(ROOT, s.filePath) })))
  return JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'lint-text.mjs')], { cwd: ROOT, input, encoding: 'utf8' })) as Linted[]
}

const restricted = (linted: Linted): string[] => linted.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message)

describe('import boundaries (eslint.boundaries.mjs)', () => {
  let results: Linted[]
  beforeAll(() => {
    results = lint([
      { filePath: 'cloudfunctions/_shared/domain/notices/fixture.ts', code: "import tcb from '@cloudbase/node-sdk'\nexport const app = tcb\n" },
      { filePath: 'cloudfunctions/_shared/domain/notices/fixture-data.ts', code: "import { database } from '../../data/client'\nexport const db = database\n" },
      { filePath: 'cloudfunctions/_shared/domain/notices/fixture-kernel.ts', code: "import { TZ } from '../calendar'\nexport const zone = TZ\n" },
      { filePath: 'cloudfunctions/meetings/fixture.ts', code: "import tcb from '@cloudbase/node-sdk'\nexport const app = tcb\n" },
      { filePath: 'cloudfunctions/_shared/data/fixture.ts', code: "import tcb from '@cloudbase/node-sdk'\nexport const app = tcb\n" },
      { filePath: 'cloudfunctions/meetings/fixture-db.ts', code: "import { database } from '../_shared/data/client'\nexport const db = database\n" },
      // data/me read the feedback collection's stored shape from data/feedback's store.
      { filePath: 'cloudfunctions/_shared/data/me/fixture-cross.ts', code: "import { sentBy } from '../feedback/store'\nexport const s = sentBy\n" },
      {
        filePath: 'cloudfunctions/_shared/data/me/fixture-docs.ts',
        code: "import type { FeedbackDoc } from '../feedback-docs'\nimport { readAll } from '../query'\nexport type F = FeedbackDoc\nexport const r = readAll\n"
      },
      { filePath: 'cloudfunctions/meetings/fixture-cross.ts', code: "import * as notices from '../notices/index'\nexport const other = notices\n" },
      { filePath: 'src/features/meetings/fixture.ts', code: "import * as notices from '@/features/notices/api'\nexport const other = notices\n" },
      {
        filePath: 'cloudfunctions/_shared/domain/notices/fixture-builder.ts',
        code: "import { docx } from '../../../../test/support/builders/docx'\nexport const d = docx\n"
      },
      // npm start loaded test/support/people before the emulator's secrets existed and stopped (CONFIG_MISSING).
      { filePath: 'scripts/start.ts', code: "import { people } from '../test/support/people'\nexport const p = people\n" },
      { filePath: 'scripts/seed/fixture-people.ts', code: "import { people } from '../../test/support/people'\nexport const p = people\n" },
      { filePath: 'emulator/fixture-people.ts', code: "import { people } from '../test/support/people'\nexport const p = people\n" },
      { filePath: 'scripts/lib/fixture-people.ts', code: "import { people } from '../../test/support/people'\nexport const p = people\n" },
      {
        filePath: 'cloudfunctions/_shared/domain/notices/fixture-builder.test.ts',
        code: "import { docx } from '../../../../test/support/builders/docx'\nexport const d = docx\n"
      },
      {
        filePath: 'src/packages/dashboard/pages/fixture.ts',
        code: "import { useShownAgain } from '@/features/meetings/hooks/use-polling'\nexport const h = useShownAgain\n"
      },
      {
        filePath: 'src/packages/meetings/pages/fixture.ts',
        code: "import { pickNoticeFile } from '@/features/notices/notice-file'\nexport const p = pickNoticeFile\n"
      },
      { filePath: 'src/packages/meetings/pages/fixture-own.ts', code: "import { getMeeting } from '@/features/meetings/api'\nexport const g = getMeeting\n" },
      {
        filePath: 'src/packages/notices/pages/fixture-capability.ts',
        code: "import { ListenBar } from '@/features/listen/ListenBar'\nexport const l = ListenBar\n"
      },
      {
        filePath: 'src/packages/meetings/pages/fixture-lib.ts',
        code: "import { useShownAgain } from '@/lib/use-shown-again'\nexport const h = useShownAgain\n"
      },
      { filePath: 'src/pages/work/fixture.ts', code: "import { listMeetings } from '@/features/meetings/api'\nexport const l = listMeetings\n" },
      {
        filePath: 'src/pages/work/fixture-component.ts',
        code: "import { HomeMeetings } from '@/features/meetings/components/HomeMeetings'\nexport const h = HomeMeetings\n"
      },
      {
        filePath: 'src/pages/me/fixture-capability.ts',
        code: "import { LargeTextSwitch } from '@/features/display/LargeTextSwitch'\nexport const l = LargeTextSwitch\n"
      },
      {
        filePath: 'src/features/meetings/fixture-contract.ts',
        code: "import type { MeetingSummary } from '@contract/meetings-api'\nexport type Summary = MeetingSummary\n"
      }
    ])
  }, 60_000)

  const at = (filePath: string): Linted => {
    const found = results.find((r) => r.filePath === path.join(ROOT, filePath))
    if (!found) throw new Error(`not linted: ${filePath}`)
    return found
  }

  test('domain code importing the SDK is reported', () => {
    expect(restricted(at('cloudfunctions/_shared/domain/notices/fixture.ts')).join('\n')).toMatch(/domain 只放纯规则/)
  })

  test('domain code importing _shared/data is reported; the kernel is allowed', () => {
    expect(restricted(at('cloudfunctions/_shared/domain/notices/fixture-data.ts')).join('\n')).toMatch(/domain 只放纯规则/)
    expect(restricted(at('cloudfunctions/_shared/domain/notices/fixture-kernel.ts'))).toEqual([])
  })

  test('only _shared/data imports the SDK', () => {
    expect(restricted(at('cloudfunctions/meetings/fixture.ts')).join('\n')).toMatch(/只有 cloudfunctions\/_shared\/data 可以引入 @cloudbase SDK/)
    expect(restricted(at('cloudfunctions/_shared/data/fixture.ts'))).toEqual([])
  })

  test('data modules of different features never import each other; shared shapes and helpers are allowed', () => {
    expect(restricted(at('cloudfunctions/_shared/data/me/fixture-cross.ts')).join('\n')).toMatch(/data\/me 不能引入其他功能的 data/)
    expect(restricted(at('cloudfunctions/_shared/data/me/fixture-docs.ts'))).toEqual([])
  })

  test('outside _shared/data no code gets the database client', () => {
    expect(
      at('cloudfunctions/meetings/fixture-db.ts')
        .messages.map((m) => m.message)
        .join('\n')
    ).toMatch(/数据库和平台调用只在 cloudfunctions\/_shared\/data 里进行/)
  })

  test('features never import each other, on the server and in the client', () => {
    expect(restricted(at('cloudfunctions/meetings/fixture-cross.ts')).join('\n')).toMatch(/云函数 meetings 不能引入其他云函数的代码/)
    expect(restricted(at('src/features/meetings/fixture.ts')).join('\n')).toMatch(/src\/features\/meetings 不能引入其他功能的内部代码/)
  })

  test("a subpackage's pages import only their own feature (and the page capabilities), never another feature's internals", () => {
    expect(restricted(at('src/packages/dashboard/pages/fixture.ts')).join('\n')).toMatch(/src\/packages\/dashboard 的页面只组合 src\/features\/dashboard/)
    expect(restricted(at('src/packages/meetings/pages/fixture.ts')).join('\n')).toMatch(/src\/packages\/meetings 的页面只组合 src\/features\/meetings/)
    expect(restricted(at('src/packages/meetings/pages/fixture-own.ts'))).toEqual([])
    expect(restricted(at('src/packages/notices/pages/fixture-capability.ts'))).toEqual([])
    expect(restricted(at('src/packages/meetings/pages/fixture-lib.ts'))).toEqual([])
  })

  test("tab pages compose features' public components, never their api, hooks or rules", () => {
    expect(restricted(at('src/pages/work/fixture.ts')).join('\n')).toMatch(/底部标签页只放各功能的公开组件/)
    expect(restricted(at('src/pages/work/fixture-component.ts'))).toEqual([])
    expect(restricted(at('src/pages/me/fixture-capability.ts'))).toEqual([])
  })

  test('test builders are for tests only: production code importing test/ is reported, a test is not', () => {
    expect(restricted(at('cloudfunctions/_shared/domain/notices/fixture-builder.ts')).join('\n')).toMatch(/产品代码不能引入 test\//)
    expect(restricted(at('cloudfunctions/_shared/domain/notices/fixture-builder.test.ts'))).toEqual([])
  })

  test('the operator commands and the emulator do not load test tools; the bench helpers may', () => {
    for (const file of ['scripts/start.ts', 'scripts/seed/fixture-people.ts', 'emulator/fixture-people.ts']) {
      expect(restricted(at(file)).join('\n')).toMatch(/产品代码不能引入 test\//)
    }
    expect(restricted(at('scripts/lib/fixture-people.ts'))).toEqual([])
  })

  test('the client may import the contract', () => {
    expect(restricted(at('src/features/meetings/fixture-contract.ts'))).toEqual([])
  })
})

describe('other rules the linter holds', () => {
  test('an import cycle is reported', () => {
    // Two real files that import each other (the resolver reads the disk), removed afterwards.
    const dir = path.join(ROOT, 'scripts', 'lint', `cycle-fixture-${process.pid}`)
    mkdirSync(dir)
    try {
      writeFileSync(path.join(dir, 'first.ts'), "import { second } from './second'\nexport const first = (): number => second() + 1\n")
      writeFileSync(path.join(dir, 'second.ts'), "import { first } from './first'\nexport const second = (): number => first() - 1\n")
      const [linted] = lint([
        {
          filePath: path.relative(ROOT, path.join(dir, 'first.ts')),
          code: "import { second } from './second'\nexport const first = (): number => second() + 1\n"
        }
      ])
      expect(linted.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  test('a line over 160 characters is reported', () => {
    const [long] = lint([{ filePath: 'src/lib/fixture-long.ts', code: `// ${'注释'.repeat(80)}\nexport const x = 1\n` }])
    expect(long.messages.map((m) => m.ruleId)).toContain('max-len')
  }, 60_000)

  test('pages pass state one way: Taro.eventCenter outside src/lib/page-messages.ts is reported', () => {
    const code = "import Taro from '@tarojs/taro'\nexport const ping = (): void => Taro.eventCenter.trigger('x')\n"
    const [page, registry] = lint([
      { filePath: 'src/packages/meetings/pages/fixture-page.ts', code },
      { filePath: 'src/lib/page-messages.ts', code }
    ])
    expect(page.messages.map((m) => m.ruleId)).toContain('no-restricted-properties')
    expect(registry.messages.map((m) => m.ruleId)).not.toContain('no-restricted-properties')
  }, 60_000)

  test('one file-casing rule: kebab-case modules, PascalCase components', () => {
    const [camel, component] = lint([
      { filePath: 'src/lib/pageMessages.ts', code: 'export const x = 1\n' },
      { filePath: 'src/components/confirm-box.tsx', code: 'export const X = (): null => null\n' }
    ])
    expect(camel.messages.map((m) => m.ruleId)).toContain('check-file/filename-naming-convention')
    expect(component.messages.map((m) => m.ruleId)).toContain('check-file/filename-naming-convention')
  }, 60_000)
})

describe('every feature folder is under the boundary rules', () => {
  // The lists eslint.boundaries.mjs keeps, read by Node itself (jest cannot load the .mjs config).
  const lists = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const { FEATURES, CLIENT_ONLY_FEATURES, KERNEL, CONSOLE_FEATURES, PAGE_CAPABILITIES } = await import('./eslint.boundaries.mjs')\n" +
          'process.stdout.write(JSON.stringify({ FEATURES, CLIENT_ONLY_FEATURES, KERNEL, CONSOLE_FEATURES, PAGE_CAPABILITIES }))'
      ],
      { cwd: ROOT, encoding: 'utf8' }
    )
  ) as Record<'FEATURES' | 'CLIENT_ONLY_FEATURES' | 'KERNEL' | 'CONSOLE_FEATURES' | 'PAGE_CAPABILITIES', string[]>
  const folders = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  const outside = (dir: string, known: string[]): string[] => folders(dir).filter((name) => !known.includes(name))

  test('a function, its domain and data folders, and its client folder are each named in FEATURES (or the kernel)', () => {
    expect(outside('cloudfunctions', ['_shared', ...lists.FEATURES])).toEqual([])
    expect(outside('cloudfunctions/_shared/domain', [...lists.FEATURES, ...lists.KERNEL])).toEqual([])
    expect(outside('cloudfunctions/_shared/data', [...lists.FEATURES, ...lists.KERNEL])).toEqual([])
    expect(outside('src/features', [...lists.FEATURES, ...lists.CLIENT_ONLY_FEATURES])).toEqual([])
    expect(outside('console/src/features', lists.CONSOLE_FEATURES)).toEqual([])
  })

  test('the capabilities every page may use are client-only features, and every subpackage is a feature', () => {
    expect(lists.PAGE_CAPABILITIES.filter((name) => !lists.CLIENT_ONLY_FEATURES.includes(name))).toEqual([])
    expect(outside('src/packages', [...lists.FEATURES, ...lists.CLIENT_ONLY_FEATURES])).toEqual([])
  })
})
