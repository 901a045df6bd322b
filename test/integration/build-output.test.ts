import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../emulator/core/constants'
import { mainPackageBytes } from '../../scripts/lib/package-size'

/** Checks on what `npm test` built: the weapp main package budget, and no dev-only code in it. */
const DIST = path.join(ROOT, 'dist')
const MAIN_PACKAGE_BUDGET = 2 * 1024 * 1024

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

describe('weapp build output', () => {
  beforeAll(() => {
    if (!existsSync(path.join(DIST, 'app.json'))) throw new Error('dist/ 不存在：先运行 taro build --type weapp（npm test 会自动构建）')
  })

  it('declares only the three tab pages in the main package', () => {
    const app = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8')) as { pages: string[]; tabBar: { list: Array<{ pagePath: string }> } }
    expect(app.pages).toEqual(['pages/home/index', 'pages/work/index', 'pages/me/index'])
    expect(app.tabBar.list.map((tab) => tab.pagePath)).toEqual(app.pages)
  })

  it('declares the privacy check, so WeChat asks for the 用户隐私保护指引 before privacy APIs (issue 14)', () => {
    const app = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8')) as { __usePrivacyCheck__?: unknown }
    expect(app.__usePrivacyCheck__).toBe(true)
  })

  it('keeps the main package under the 2 MB budget', () => {
    expect(mainPackageBytes(DIST)).toBeLessThan(MAIN_PACKAGE_BUDGET)
  })

  it('contains no emulator gateway or dev user switcher', () => {
    const offenders = filesUnder(DIST).filter(
      (file) => /\.(js|wxml|json)$/.test(file) && /\/gateway\/|ps-dev-switcher|demoOpenId/.test(readFileSync(file, 'utf8'))
    )
    expect(offenders).toEqual([])
  })
})
