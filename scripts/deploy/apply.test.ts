import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SECRET_NAMES } from '../../cloudfunctions/_shared/runtime/secrets'
import { applyPlan } from './apply'
import { buildDeployPlan } from './plan'
import type { CreateIndexRequest } from './collections-plan'
import type { DeployedFunction, DeployTarget, FunctionSettings } from './target'
import type { DeployPlan, TriggerPlan } from './types'

/** The real deploy's order and content, against a fake CloudBase that records every call. */
const root = join(__dirname, '..', '..')

function cleanPlan(): DeployPlan {
  // The repo ships placeholders; the apply logic is what is tested here, not the config.
  return { ...buildDeployPlan({ root, env: 'test-env' }).plan, errors: [] }
}

/** A built console stand-in (the real build is scripts/build-console.ts), and a key file as the CloudBase console gives it. */
const consoleDir = mkdtempSync(join(tmpdir(), 'console-'))
writeFileSync(join(consoleDir, 'index.html'), '<!doctype html>')
const customLoginKey = JSON.stringify({ private_key_id: 'key-1', private_key: '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----', env_id: 'test-env' })
const withConsole = { consoleDir, customLoginKey }

class FakeCloudBase implements DeployTarget {
  calls: string[] = []
  rules = new Map<string, Record<string, unknown>>()
  indexes = new Map<string, CreateIndexRequest[]>()
  functions = new Map<string, DeployedFunction>()
  settings = new Map<string, FunctionSettings>()
  triggers = new Map<string, TriggerPlan[]>()

  collections = new Set<string>()
  async createCollectionIfNotExists(name: string) {
    this.calls.push(`collection ${name}`)
    if (this.collections.has(name)) return false
    this.collections.add(name)
    return true
  }
  async listIndexes(collection: string) {
    return (this.indexes.get(collection) ?? []).map((i) => ({
      name: i.IndexName,
      unique: i.MgoKeySchema.MgoIsUnique,
      keys: i.MgoKeySchema.MgoIndexKeys.map((k) => ({ name: k.Name, direction: k.Direction }))
    }))
  }
  async createIndexes(collection: string, indexes: CreateIndexRequest[]) {
    this.calls.push(`indexes ${collection}`)
    this.indexes.set(collection, [...(this.indexes.get(collection) ?? []), ...indexes])
  }
  async setCollectionRule(collection: string, rule: Record<string, unknown>) {
    this.calls.push(`rule ${collection}`)
    this.rules.set(collection, { ...rule })
  }
  async readCollectionRule(collection: string) {
    return this.rules.get(collection) ?? null
  }
  async describeFunction(name: string) {
    return this.functions.get(name) ?? null
  }
  async createFunction(s: FunctionSettings) {
    this.calls.push(`create ${s.name}`)
    this.store(s)
  }
  async updateFunction(s: FunctionSettings) {
    this.calls.push(`update ${s.name}`)
    this.store(s)
  }
  async deleteTrigger(fn: string, trigger: string) {
    this.calls.push(`delete trigger ${fn}.${trigger}`)
    const current = this.functions.get(fn)
    if (current) {
      current.triggerNames = current.triggerNames.filter((name) => name !== trigger)
      current.triggers = (current.triggers ?? []).filter((t) => t.name !== trigger)
    }
  }
  async createTriggers(fn: string, triggers: TriggerPlan[]) {
    this.calls.push(`create triggers ${fn}`)
    this.triggers.set(fn, triggers)
    const current = this.functions.get(fn)
    if (current) {
      current.triggerNames = [...current.triggerNames, ...triggers.map((t) => t.name)]
      current.triggers = [...(current.triggers ?? []), ...triggers]
    }
  }
  storageRule: Record<string, unknown> | null = null
  async readStorageRule() {
    return this.storageRule ? { ...this.storageRule } : null
  }
  async setStorageRule(rule: { read: boolean | string; write: boolean | string }) {
    this.calls.push('storage rule')
    this.storageRule = { ...rule }
  }
  invokeRule: Record<string, unknown> | null = null
  /** A platform that accepts the call but keeps another rule (what the read-back guards against). */
  invokeRuleKept: Record<string, unknown> | null = null
  async readInvokeRule() {
    return this.invokeRule ? JSON.parse(JSON.stringify(this.invokeRule)) : null
  }
  async setInvokeRule(rule: Record<string, unknown>) {
    this.calls.push('invoke rule')
    this.invokeRule = this.invokeRuleKept ?? JSON.parse(JSON.stringify(rule))
  }
  uploads: Array<{ localDir: string; cloudPath: string }> = []
  domains = new Set<string>()
  async uploadHosting(localDir: string, cloudPath: string) {
    this.calls.push(`hosting ${cloudPath}`)
    this.uploads.push({ localDir, cloudPath })
  }
  async ensureSafeDomains(domains: string[]) {
    const missing = domains.filter((d) => !this.domains.has(d))
    missing.forEach((d) => this.domains.add(d))
    return missing
  }
  private store(s: FunctionSettings) {
    this.settings.set(s.name, s)
    const before = this.functions.get(s.name)
    this.functions.set(s.name, {
      envVariables: { ...s.envVariables },
      description: s.description,
      timeout: s.timeout,
      memorySize: s.memorySize,
      triggerNames: before?.triggerNames ?? [],
      triggers: before?.triggers ?? []
    })
  }
}

describe('applyPlan', () => {
  it('creates collections, indexes (the openid one unique and sparse), rules, functions with secrets, and every trigger', async () => {
    const cloud = new FakeCloudBase()
    const lines: string[] = []
    const plan = cleanPlan()
    const result = await applyPlan(plan, cloud, { root, log: (l) => lines.push(l), ...withConsole })

    // Every declared collection, `migrations` (the deploy's record) among them, each locked down.
    expect(cloud.calls.filter((c) => c.startsWith('collection ')).length).toBe(plan.collections.length)
    expect(cloud.rules.get('migrations')).toEqual({ read: false, write: false })
    expect(result.database.collectionsCreated).toContain('members')
    const openid = cloud.indexes.get('members')?.find((i) => i.IndexName === 'openid_unique')
    expect(openid?.MgoKeySchema).toMatchObject({ MgoIsUnique: true, MgoIsSparse: true })
    for (const c of plan.collections) expect(cloud.rules.get(c.name)).toEqual({ read: false, write: false })
    for (const fn of plan.functions) {
      const s = cloud.settings.get(fn.name)
      expect(Object.keys(s?.envVariables ?? {}).sort()).toEqual([...fn.envVariableNames].sort())
      expect(cloud.triggers.get(fn.name) ?? []).toEqual(fn.triggers)
    }
    // One value per secret across every function, and never in the log.
    for (const name of SECRET_NAMES) {
      const values = new Set(plan.functions.map((fn) => cloud.settings.get(fn.name)?.envVariables[name]))
      expect(values.size).toBe(1)
      const [value] = values
      expect((value ?? '').length).toBeGreaterThanOrEqual(32)
      expect(lines.join('\n')).not.toContain(value)
    }
    // The invoke rule is set through the library too; the console is only where to confirm it once.
    expect(cloud.invokeRule).toEqual({ '*': { invoke: 'auth != null' } })
    expect(result.invokeRuleSet).toBe(true)
    expect(result.manualSteps.join('\n')).toContain('核对云函数调用权限')
    // Storage is closed through the library, no longer a manual step.
    expect(cloud.storageRule).toEqual({ read: false, write: false })
    expect(result.storageRuleSet).toBe(true)
    expect(result.manualSteps.join('\n')).not.toContain('存储')
    // The console goes to static hosting; only signin gets the custom-login key, never logged.
    expect(cloud.uploads).toEqual([{ localDir: consoleDir, cloudPath: 'console' }])
    expect(cloud.settings.get('signin')?.envVariables.PS_CUSTOM_LOGIN_KEY).toBe(customLoginKey)
    expect(cloud.settings.get('org')?.envVariables.PS_CUSTOM_LOGIN_KEY).toBeUndefined()
    expect(lines.join('\n')).not.toContain('PRIVATE KEY')
    expect(result.manualSteps.join('\n')).toContain('自定义登录')
  })

  it('keeps the custom-login key signin already has; without one anywhere it changes nothing', async () => {
    const cloud = new FakeCloudBase()
    await applyPlan(cleanPlan(), cloud, { root, log: () => undefined, ...withConsole })
    await applyPlan(cleanPlan(), cloud, { root, log: () => undefined, consoleDir })
    expect(cloud.settings.get('signin')?.envVariables.PS_CUSTOM_LOGIN_KEY).toBe(customLoginKey)
    const fresh = new FakeCloudBase()
    await expect(applyPlan(cleanPlan(), fresh, { root, log: () => undefined, consoleDir })).rejects.toThrow(/自定义登录私钥/)
    expect(fresh.calls).toEqual([])
  })

  it('refuses to deploy without a built console, before any change', async () => {
    const cloud = new FakeCloudBase()
    const empty = mkdtempSync(join(tmpdir(), 'console-empty-'))
    await expect(applyPlan(cleanPlan(), cloud, { root, log: () => undefined, consoleDir: empty, customLoginKey })).rejects.toThrow(/管理端尚未构建/)
    expect(cloud.calls).toEqual([])
  })

  it('adds the configured console domains as the web SDK’s safe domains, once', async () => {
    const cloud = new FakeCloudBase()
    const plan = cleanPlan()
    plan.hosting = { ...plan.hosting, safeDomains: ['console.example.org'] }
    const result = await applyPlan(plan, cloud, { root, log: () => undefined, ...withConsole })
    expect([...cloud.domains]).toEqual(['console.example.org'])
    expect(result.manualSteps.join('\n')).not.toContain('WEB 安全域名')
  })

  it('a second deploy with nothing changed uploads no function, touches no trigger, index or rule, and keeps the secrets', async () => {
    const cloud = new FakeCloudBase()
    const plan = cleanPlan()
    await applyPlan(plan, cloud, { root, log: () => undefined, ...withConsole })
    const before = { ...cloud.settings.get('org')?.envVariables }
    // The built code's fingerprint travels in the description, never a value.
    expect(cloud.settings.get('org')?.description).toMatch(/^party-study 构建 sha256:[0-9a-f]{64}$/)
    cloud.calls = []
    const lines: string[] = []
    await applyPlan(plan, cloud, { root, log: (l) => lines.push(l), ...withConsole })
    expect(cloud.settings.get('org')?.envVariables).toEqual(before)
    expect(cloud.calls.filter((c) => !c.startsWith('collection ') && !c.startsWith('hosting '))).toEqual([])
    expect(lines.join('\n')).toContain('云函数 org：未变')
  })

  it('updates only what changed: a function whose settings differ, and timers whose cron differs', async () => {
    const cloud = new FakeCloudBase()
    const plan = cleanPlan()
    await applyPlan(plan, cloud, { root, log: () => undefined, ...withConsole })
    cloud.calls = []
    const changed = JSON.parse(JSON.stringify(plan)) as DeployPlan
    const org = changed.functions.find((fn) => fn.name === 'org')
    const dashboard = changed.functions.find((fn) => fn.name === 'dashboard')
    if (!org || !dashboard) throw new Error('org and dashboard are planned')
    org.timeout += 1
    dashboard.triggers = dashboard.triggers.map((t) => (t.name === 'weeklyDigest' ? { ...t, config: '0 0 10 * * MON *' } : t))
    await applyPlan(changed, cloud, { root, log: () => undefined, ...withConsole })
    const calls = cloud.calls.filter((c) => !c.startsWith('collection ') && !c.startsWith('hosting '))
    expect(calls).toContain('update org')
    expect(calls).toContain('delete trigger dashboard.weeklyDigest')
    expect(calls).toContain('create triggers dashboard')
    expect(calls.filter((c) => c.startsWith('update ') && c !== 'update org')).toEqual([])
    expect(calls.filter((c) => c.includes('trigger') && !c.includes('dashboard'))).toEqual([])
    expect(cloud.triggers.get('dashboard')?.find((t) => t.name === 'weeklyDigest')?.config).toBe('0 0 10 * * MON *')
    // An online timer whose cron cannot be read is replaced rather than assumed equal.
    const online = cloud.functions.get('meetings')
    if (online) online.triggers = online.triggers?.map((t) => ({ ...t, config: null }))
    cloud.calls = []
    await applyPlan(changed, cloud, { root, log: () => undefined, ...withConsole })
    expect(cloud.calls).toContain('create triggers meetings')
  })

  it('stops on an online index whose definition differs from the declaration, instead of dropping it', async () => {
    const cloud = new FakeCloudBase()
    const wrong = { IndexName: 'openid_unique', MgoKeySchema: { MgoIndexKeys: [{ Name: 'openid', Direction: '1' }], MgoIsUnique: false, MgoIsSparse: true } }
    cloud.indexes.set('members', [wrong])
    await expect(applyPlan(cleanPlan(), cloud, { root, log: () => undefined, ...withConsole })).rejects.toThrow(/members 的索引 openid_unique 与声明不一致/)
    expect(cloud.calls.some((c) => c.startsWith('create ') || c.startsWith('indexes members'))).toBe(false)
  })

  it('stops when two functions hold different values of one secret', async () => {
    const cloud = new FakeCloudBase()
    cloud.functions.set('org', { envVariables: { PS_MEMBER_ID_SECRET: 'a'.repeat(40) }, triggerNames: [] })
    cloud.functions.set('meetings', { envVariables: { PS_MEMBER_ID_SECRET: 'b'.repeat(40) }, triggerNames: [] })
    await expect(applyPlan(cleanPlan(), cloud, { root, log: () => undefined, ...withConsole })).rejects.toThrow(/PS_MEMBER_ID_SECRET/)
    expect(cloud.calls.some((c) => c.startsWith('create ') || c.startsWith('update '))).toBe(false)
  })

  it('sets the function invoke rule once; a second deploy sets nothing; a read-back that differs stops with the console path', async () => {
    const cloud = new FakeCloudBase()
    const plan = cleanPlan()
    const first = await applyPlan(plan, cloud, { root, log: () => undefined, ...withConsole })
    expect(cloud.calls.filter((c) => c === 'invoke rule')).toHaveLength(1)
    expect(first.invokeRuleSet).toBe(true)
    cloud.calls = []
    const second = await applyPlan(plan, cloud, { root, log: () => undefined, ...withConsole })
    expect(cloud.calls).not.toContain('invoke rule')
    expect(second.invokeRuleSet).toBe(false)
    expect(second.manualSteps.join('\n')).not.toContain('云函数调用权限')

    // An environment whose rule is open (anyone may invoke), and a platform that does not take the change.
    const stubborn = new FakeCloudBase()
    stubborn.invokeRule = { '*': { invoke: true } }
    stubborn.invokeRuleKept = { '*': { invoke: true } }
    await expect(applyPlan(plan, stubborn, { root, log: () => undefined, ...withConsole })).rejects.toThrow(
      /云函数调用权限设置后读回不一致.*云函数 → 权限控制 → 自定义安全规则/
    )
    // Stopped before the functions: none created while the rule is not the plan's.
    expect(stubborn.calls.some((c) => c.startsWith('create '))).toBe(false)
  })

  it('refuses a plan with errors before any call', async () => {
    const cloud = new FakeCloudBase()
    await expect(applyPlan({ ...cleanPlan(), errors: ['x'] }, cloud, { root, log: () => undefined, ...withConsole })).rejects.toThrow()
    expect(cloud.calls).toEqual([])
  })
})
