import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { PLACEHOLDER_TEMPLATE_IDS, SUBSCRIBE_TEMPLATES } from '../../cloudfunctions/_shared/domain/messaging/templates'
import { loadDeployConfig, type DeployConfig } from './config'
import {
  ProductionConfigError,
  productionTemplateIds,
  syncProjectAppId,
  templateIdsOf,
  TEMPLATE_NAMES,
  weappBuildSettings,
  weappDefineConstants
} from './template-ids'

const root = join(__dirname, '..', '..')
const REAL = {
  studyNotice: 'StudyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-',
  meeting: 'MeetAbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-x',
  quota: 'QuotaAbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-'
}
const APP_ID = 'wx0123456789abcdef'

function shipped(): DeployConfig {
  const loaded = loadDeployConfig(root)
  expect(loaded.errors).toEqual([])
  return loaded.config as DeployConfig
}

/** A copy of the shipped config with real ids, app id and a production env id, in a folder outside the repo. */
function realConfig(dir: string, change: (config: DeployConfig) => void = () => undefined): string {
  const config = JSON.parse(JSON.stringify(shipped())) as DeployConfig
  for (const name of TEMPLATE_NAMES) config.subscribeTemplates[name].templateId = REAL[name]
  config.wechatAppId = APP_ID
  config.environments.production = { envId: 'prod-3g7x2c1d0a9b8e7f' }
  change(config)
  const file = join(dir, 'party-study.config.json')
  writeFileSync(file, JSON.stringify(config))
  return relative(root, file)
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'template-ids-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('template ids from party-study.config.json', () => {
  it('maps each template the code sends to its configured id; the shipped file carries the placeholders the emulator uses', () => {
    expect([...TEMPLATE_NAMES].sort()).toEqual(Object.keys(SUBSCRIBE_TEMPLATES).sort())
    expect(templateIdsOf(shipped())).toEqual({ ids: PLACEHOLDER_TEMPLATE_IDS, problems: [] })
    // Without a build nothing is injected: the code runs with the placeholders.
    for (const name of TEMPLATE_NAMES) expect(SUBSCRIBE_TEMPLATES[name].id).toBe(PLACEHOLDER_TEMPLATE_IDS[name])
    const config = loadDeployConfig(root, realConfig(dir)).config as DeployConfig
    expect(templateIdsOf(config)).toEqual({ ids: REAL, problems: [] })
    delete (config.subscribeTemplates as Partial<DeployConfig['subscribeTemplates']>).quota
    expect(templateIdsOf(config).problems).toEqual([expect.stringContaining('subscribeTemplates.quota')])
  })

  it('the mini-program falls back to the same placeholders as the functions', () => {
    const source = readFileSync(join(root, 'src/lib/subscribe-consent.ts'), 'utf8')
    for (const name of TEMPLATE_NAMES) expect(source).toContain(`${name}: '${PLACEHOLDER_TEMPLATE_IDS[name]}'`)
  })

  it('a production build of the functions refuses every placeholder, in Chinese, and takes real ids', () => {
    expect(() => productionTemplateIds(root)).toThrow(ProductionConfigError)
    try {
      productionTemplateIds(root)
    } catch (err) {
      const message = (err as Error).message
      expect(message).toMatch(/^云函数生产构建拒绝使用占位/)
      for (const name of TEMPLATE_NAMES) expect(message).toContain(`subscribeTemplates.${name}.templateId "${PLACEHOLDER_TEMPLATE_IDS[name]}" 是占位符`)
    }
    expect(productionTemplateIds(root, realConfig(dir))).toEqual(REAL)
    // One placeholder left is enough to refuse.
    const oneLeft = realConfig(dir, (c) => (c.subscribeTemplates.meeting.templateId = 'TEMPLATE_MEETING'))
    expect(() => productionTemplateIds(root, oneLeft)).toThrow(/meeting\.templateId "TEMPLATE_MEETING" 是占位符/)
  })

  it('a development weapp build keeps the placeholders and DevTools’ default env', () => {
    expect(weappBuildSettings(root, {})).toEqual({ production: false, templateIds: PLACEHOLDER_TEMPLATE_IDS, cloudEnv: null, appId: 'touristappid' })
    expect(weappDefineConstants(weappBuildSettings(root, {}))).toEqual({ __PS_TEMPLATE_IDS__: JSON.stringify(PLACEHOLDER_TEMPLATE_IDS) })
  })

  it('a production weapp build (PS_ENV) refuses placeholders, the tourist app id and an unknown env; with real values it injects ids and env', () => {
    expect(() => weappBuildSettings(root, { PS_ENV: 'production' })).toThrow(ProductionConfigError)
    try {
      weappBuildSettings(root, { PS_ENV: 'production' })
    } catch (err) {
      const message = (err as Error).message
      expect(message).toMatch(/^小程序生产构建（PS_ENV=production）拒绝/)
      expect(message).toContain('TEMPLATE_STUDY_NOTICE')
      expect(message).toContain('wechatAppId "touristappid"')
      expect(message).toContain('还没有 envId')
    }
    const file = realConfig(dir)
    const settings = weappBuildSettings(root, { PS_ENV: 'production' }, file)
    expect(settings).toEqual({ production: true, templateIds: REAL, cloudEnv: 'prod-3g7x2c1d0a9b8e7f', appId: APP_ID })
    expect(weappDefineConstants(settings)).toEqual({
      __PS_TEMPLATE_IDS__: JSON.stringify(REAL),
      'process.env.TARO_APP_CLOUD_ENV': JSON.stringify('prod-3g7x2c1d0a9b8e7f')
    })
    expect(weappBuildSettings(root, { PS_ENV: 'staging-1a2b' }, file).cloudEnv).toBe('staging-1a2b')
  })

  it('writes the configured app id into project.config.json only when it differs, keeping the rest', () => {
    const original = readFileSync(join(root, 'project.config.json'), 'utf8')
    writeFileSync(join(dir, 'project.config.json'), original)
    expect(syncProjectAppId(dir, 'touristappid')).toBe(false)
    expect(readFileSync(join(dir, 'project.config.json'), 'utf8')).toBe(original)
    expect(syncProjectAppId(dir, APP_ID)).toBe(true)
    const synced = JSON.parse(readFileSync(join(dir, 'project.config.json'), 'utf8')) as Record<string, unknown>
    expect(synced).toEqual({ ...(JSON.parse(original) as Record<string, unknown>), appid: APP_ID })
    expect(syncProjectAppId(dir, APP_ID)).toBe(false)
  })
})
