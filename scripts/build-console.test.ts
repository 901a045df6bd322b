import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildConsole, type BuiltConsole } from './build-console'

/**
 * The console's two builds: the development one (served by the emulator) has
 * the 以演示用户登录 shortcut and its requests; the production one (deployed)
 * contains neither, not even as dead code. The first page loads only its own
 * entry (echarts is a chunk of its own), and index.html names files that exist.
 */
describe('scripts/build-console', () => {
  jest.setTimeout(180_000)
  const dirs: string[] = []
  let dev: BuiltConsole
  let prod: BuiltConsole

  const allJs = (built: BuiltConsole): string =>
    readdirSync(path.join(built.outDir, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(built.outDir, 'assets', file), 'utf8'))
      .join('\n')

  beforeAll(async () => {
    const dir = (name: string): string => {
      const made = mkdtempSync(path.join(tmpdir(), `console-${name}-`))
      dirs.push(made)
      return made
    }
    ;[dev, prod] = await Promise.all([buildConsole({ outDir: dir('dev') }), buildConsole({ outDir: dir('prod'), production: true, env: 'prod-env-1a2b' })])
  })
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it('keeps the development sign-in out of the production build', () => {
    for (const marker of ['以演示用户登录', '/_emulator/demo-ticket', '/gateway/demo-users']) {
      expect({ marker, inDevelopment: allJs(dev).includes(marker), inProduction: allJs(prod).includes(marker) }).toEqual({
        marker,
        inDevelopment: true,
        inProduction: false
      })
    }
    expect(allJs(prod).includes('"prod-env-1a2b"')).toBe(true)
  })

  it('writes an index.html whose scripts and styles exist, under /console/', () => {
    for (const built of [dev, prod]) {
      const html = readFileSync(path.join(built.outDir, 'index.html'), 'utf8')
      const refs = [...html.matchAll(/(?:src|href)="\/console\/([^"]+)"/g)].map((match) => match[1])
      expect(refs.length).toBeGreaterThanOrEqual(2)
      for (const ref of refs) expect(existsSync(path.join(built.outDir, ref))).toBe(true)
      expect(built.firstLoad.some((file) => file.endsWith('.css'))).toBe(true)
    }
  })

  it('loads echarts only when a chart shows: the first page does not contain it', () => {
    const firstLoad = prod.firstLoad.map((file) => readFileSync(path.join(prod.outDir, file), 'utf8')).join('\n')
    // An API name only echarts has: in the build, not in what the first page loads.
    expect(allJs(prod).includes('registerPreprocessor')).toBe(true)
    expect(firstLoad.includes('registerPreprocessor')).toBe(false)
  })
})
