import { join } from 'node:path'
import { deployConfigSchema, loadDeployConfig, type DeployConfig } from './config'
import { runDeploy } from './main'
import { loadManager, ManagerMissingError } from './manager-node'
import { parseDeployArgs } from './args'
import { resolveEnvId, settingsProblems } from './settings-check'
import { templateProblems } from './templates-check'
import { templatesInCode } from './templates-in-code'

const root = join(__dirname, '..', '..')
const REAL_ID = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd'

function shipped(): DeployConfig {
  const loaded = loadDeployConfig(root)
  expect(loaded.errors).toEqual([])
  return loaded.config as DeployConfig
}

describe('party-study.config.json', () => {
  it('validates as shipped, with the field keys the code sends', () => {
    const config = shipped()
    const problems = templateProblems(config, templatesInCode())
    // Only placeholders: the shipped fields match the code.
    expect(problems.every((p) => p.includes('占位符'))).toBe(true)
    expect(problems).toHaveLength(Object.keys(templatesInCode()).length)
  })

  it('accepts a real id: the deploy builds the configured ids into the functions', () => {
    const config = shipped()
    const real = { ...config, subscribeTemplates: { ...config.subscribeTemplates, meeting: { ...config.subscribeTemplates.meeting, templateId: REAL_ID } } }
    const problems = templateProblems(real, templatesInCode())
    expect(problems.some((p) => p.includes('meeting'))).toBe(false)
    expect(problems).toHaveLength(Object.keys(templatesInCode()).length - 1)
  })

  it('refuses a field whose key does not match its kind, and field keys the code does not send', () => {
    const config = shipped()
    const bad = JSON.parse(JSON.stringify(config)) as DeployConfig
    bad.subscribeTemplates.quota.fields[0] = { key: 'thing1', kind: 'phrase', label: 'x' }
    expect(deployConfigSchema.safeParse(bad).success).toBe(false)
    bad.subscribeTemplates.quota.fields = [{ key: 'thing9', kind: 'thing', label: 'x' }]
    expect(templateProblems(bad, templatesInCode()).some((p) => p.includes('不一致'))).toBe(true)
  })

  it('takes quotaDefaults other than the code’s (they become each 党委’s first settings), but checks their shape', () => {
    const config = shipped()
    const own = { ...config, quotaDefaults: { ...config.quotaDefaults, educationDaysPerMember: 6 } } as DeployConfig
    expect(deployConfigSchema.safeParse(own).success).toBe(true)
    expect(settingsProblems(root, own).some((p) => p.includes('quotaDefaults'))).toBe(false)
    const bad = { ...config, quotaDefaults: { ...config.quotaDefaults, educationDaysPerMember: 'twelve' } }
    expect(deployConfigSchema.safeParse(bad).success).toBe(false)
  })

  it('resolves --env as a configured environment or an env id', () => {
    const config = shipped()
    expect(resolveEnvId(undefined, config).errors).toHaveLength(1)
    expect(resolveEnvId('production', config).errors[0]).toMatch(/envId/)
    expect(resolveEnvId('prod-1a2b3c', config)).toEqual({ envId: 'prod-1a2b3c', errors: [] })
    expect(resolveEnvId('Bad Env', config).errors).toHaveLength(1)
  })
})

describe('deploy command line and library', () => {
  it('refuses unknown flags', () => {
    expect(() => parseDeployArgs(['--dryrun'])).toThrow(/--dryrun/)
    expect(parseDeployArgs(['--env=x', '--dry-run', '--json'])).toMatchObject({ env: 'x', dryRun: true, json: true })
    expect(parseDeployArgs(['--emulator', 'http://127.0.0.1:9100'])).toMatchObject({ emulator: 'http://127.0.0.1:9100' })
  })

  it('deploys to a loopback emulator only, and not mixed with a real deploy', async () => {
    const err: string[] = []
    const io = { root: process.cwd(), env: process.env, out: () => undefined, err: (text: string) => err.push(text) }
    expect(await runDeploy(['--emulator', 'https://tcb.tencentcloudapi.com'], io)).toBe(1)
    expect(await runDeploy(['--emulator', 'http://127.0.0.1:9100', '--env', 'prod-1'], io)).toBe(1)
    expect(err.join('\n')).toMatch(/本机模拟器地址[\s\S]*不能与 --env/)
  })

  it('loads the pinned @cloudbase/manager-node, and says how to install it when it is missing instead of pretending', () => {
    expect(typeof loadManager()).toBe('function')
    expect(() => loadManager('@cloudbase/manager-node-absent')).toThrow(ManagerMissingError)
    expect(() => loadManager('@cloudbase/manager-node-absent')).toThrow(/npm ci/)
  })
})
