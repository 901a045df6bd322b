import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PLACEHOLDER_TEMPLATE_IDS } from '../../cloudfunctions/_shared/domain/messaging/templates'
import { ROOT } from '../../emulator/core/constants'
import { buildFunctions } from '../../scripts/build-functions'
import type { TemplateIds } from '../../scripts/deploy/template-ids'
import { startDemoEmulator } from '../support/demo'
import type { TestEmulator } from '../support/emulator'
import { scratchDir } from '../support/emulator'
import { callAs } from '../support/gateway'
import { people } from '../support/people'

/**
 * Go-live (issue 12 §6): the template ids come from party-study.config.json.
 * The deploy's build (`production`) injects the configured ids into the bundles
 * and refuses placeholders before writing anything; functions built that way
 * accept consent for the configured ids and refuse the placeholders.
 */
const REAL: TemplateIds = {
  studyNotice: 'Stdy0AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-',
  meeting: 'Meet0AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-',
  quota: 'Quot0AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-'
}

const scratch = scratchDir('production-build')
const outDir = path.join(scratch, 'functions')
let demo: (TestEmulator & { accounts: unknown[] }) | undefined

/** The shipped config with real template ids (the shipped app id kept), written beside the build (relative to the repo root, as the builds take it). */
function realConfigFile(): string {
  const config = JSON.parse(readFileSync(path.join(ROOT, 'party-study.config.json'), 'utf8')) as {
    subscribeTemplates: Record<string, { templateId: string }>
  }
  for (const [name, id] of Object.entries(REAL)) config.subscribeTemplates[name].templateId = id
  const file = path.join(scratch, 'party-study.config.json')
  writeFileSync(file, JSON.stringify(config))
  return path.relative(ROOT, file)
}

afterAll(async () => {
  await demo?.close()
  rmSync(scratch, { recursive: true, force: true })
})

describe('production build: template ids from the config file', () => {
  it('refuses the shipped placeholders in Chinese and writes no bundle', async () => {
    const refused = path.join(scratch, 'refused')
    await expect(buildFunctions({ root: ROOT, outDir: refused, production: true, log: () => undefined })).rejects.toThrow(
      /云函数生产构建拒绝使用占位[\s\S]*TEMPLATE_STUDY_NOTICE[\s\S]*TEMPLATE_MEETING[\s\S]*TEMPLATE_QUOTA/
    )
    expect(existsSync(refused)).toBe(false)
  })

  it('puts the configured ids into the bundles that send them', async () => {
    await buildFunctions({ root: ROOT, outDir, production: true, configFile: realConfigFile(), log: () => undefined })
    const bundle = (name: string): string => readFileSync(path.join(outDir, name, 'index.js'), 'utf8')
    for (const name of ['notices', 'meetings', 'dashboard', 'me']) {
      for (const id of Object.values(REAL)) expect(bundle(name)).toContain(id)
    }
  }, 120_000)

  it('functions built that way take consent for the configured ids and refuse the placeholders', async () => {
    demo = await startDemoEmulator({ functionsDir: outDir })
    const member = people.staff1GroupMember.openId
    const grant = (results: Record<string, string>) => callAs(demo!.emulator.url, member, 'notices', 'subscriptions.grant', { results })
    expect(await grant({ [REAL.studyNotice]: 'accept', [REAL.meeting]: 'accept' })).toMatchObject({ ok: true })
    expect(await grant({ [PLACEHOLDER_TEMPLATE_IDS.studyNotice]: 'accept' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  }, 120_000)
})

describe('mini-program build: template ids and env from the config file', () => {
  it('a development build injects the configured ids through defineConstants (config/index.ts)', () => {
    const project = readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')
    // Taro loads config/index.ts in its own process (which loads scripts/ through tsx); so does this test.
    const script =
      "import userConfig from './config/index'; import { merge } from 'webpack-merge'; " +
      "(userConfig as any)(merge, { command: 'build', mode: 'production' }).then((c: any) => console.log(JSON.stringify(c.defineConstants)))"
    const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['-e', script], {
      cwd: ROOT,
      env: { ...process.env, TARO_ENV: 'weapp', PS_CONFIG_FILE: realConfigFile(), PS_ENV: '' },
      encoding: 'utf8',
      timeout: 60_000
    })
    expect(result.stderr).toBe('')
    const constants = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as Record<string, string>
    expect(JSON.parse(constants.__PS_TEMPLATE_IDS__)).toEqual(REAL)
    // No PS_ENV: DevTools' default cloud environment.
    expect(constants['process.env.TARO_APP_CLOUD_ENV']).toBeUndefined()
    // The shipped app id is kept: project.config.json stays as committed.
    expect(readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')).toBe(project)
  }, 60_000)

  it('a production build (PS_ENV) with the shipped placeholders stops before webpack, in Chinese', () => {
    const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', PS_ENV: 'production', PS_CONFIG_FILE: '' },
      encoding: 'utf8',
      timeout: 60_000
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/小程序生产构建（PS_ENV=production）拒绝使用占位或无效的配置/)
    for (const placeholder of [...Object.values(PLACEHOLDER_TEMPLATE_IDS), 'touristappid']) expect(result.stderr).toContain(placeholder)
  }, 60_000)
})
