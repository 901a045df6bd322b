import { randomBytes } from 'node:crypto'
import type { CallerIdentity } from './identity'
import type { InvocationContext } from './protocol'

/**
 * What a function sees of the platform, as SCF gives it: the variables every
 * instance has from its start, and the caller's identity per invocation (in
 * the worker's own process.env and in the `context` argument), so that the
 * unmodified SDK finds the emulator and `app.auth().getUserInfo()` returns
 * the caller. Function code never knows it runs locally.
 */
export const MEMORY_LIMIT_MB = 256
const REGION = 'ap-shanghai'
const WX_CONTEXT_KEYS = ['WX_OPENID', 'WX_APPID', 'WX_UNIONID', 'WX_CLIENTIP', 'WX_CLIENTIPV6']
const TCB_CONTEXT_KEYS = ['TCB_ENV', 'TCB_SEQID', 'TRIGGER_SRC', 'TCB_SOURCE', 'TCB_UUID', 'TCB_CUSTOM_USER_ID', 'TCB_ISANONYMOUS_USER', 'TCB_SOURCE_IP']

export interface InstanceSettings {
  name: string
  env: string
}

/** Variables every instance has from its start (no identity here). TCB_CONTEXT_CNFG points the SDK at the emulator. */
export function platformEnv({ name, env, adminUrl }: InstanceSettings & { adminUrl: string }): Record<string, string> {
  const base: Record<string, string> = {
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: REGION,
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TENCENTCLOUD_SESSIONTOKEN: '',
    SCF_NAMESPACE: env,
    SCF_FUNCTIONNAME: name,
    SCF_FUNCTIONVERSION: '$LATEST',
    SCF_MEMORYSIZE: String(MEMORY_LIMIT_MB),
    SCF_RUNTIME: 'Nodejs18.15',
    TCB_ENV: env,
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrl })
  }
  if (process.env.PATH) base.PATH = process.env.PATH
  return base
}

/** The per-invocation identity variables, and the SCF `context` that carries them too. */
export function invocationEnv(
  { name, env: envName, appId }: InstanceSettings & { appId: string },
  job: { id: string; identity: CallerIdentity },
  timeoutSeconds: number
): { env: Record<string, string>; context: InvocationContext } {
  const { identity } = job
  const env: Record<string, string> = {}
  const isTimer = identity.source === 'timer'
  if (identity.openId) {
    env.WX_OPENID = identity.openId
    env.WX_APPID = identity.appId ?? appId
    env.WX_UNIONID = ''
    env.WX_CLIENTIP = identity.clientIp ?? ''
    env.WX_CLIENTIPV6 = ''
    env.WX_CONTEXT_KEYS = WX_CONTEXT_KEYS.join(',')
  }
  env.TCB_ENV = envName
  env.TCB_SEQID = randomBytes(8).toString('hex')
  env.TRIGGER_SRC = isTimer ? 'timer' : 'tcb'
  env.TCB_SOURCE = isTimer ? '' : (identity.source ?? '')
  env.TCB_UUID = identity.uid ?? ''
  // A web caller (js-sdk) has a CloudBase uid, maybe a custom-login uid, and no OPENID.
  env.TCB_CUSTOM_USER_ID = identity.customUserId ?? ''
  env.TCB_ISANONYMOUS_USER = identity.anonymous ? 'true' : 'false'
  env.TCB_SOURCE_IP = identity.source === 'web_client' ? (identity.clientIp ?? '') : ''
  env.TCB_CONTEXT_KEYS = TCB_CONTEXT_KEYS.join(',')

  const visible: Record<string, string> = { SCF_NAMESPACE: envName, TENCENTCLOUD_RUNENV: 'SCF', ...env }
  const context: InvocationContext = {
    request_id: job.id,
    function_name: name,
    function_version: '$LATEST',
    namespace: envName,
    tencentcloud_region: REGION,
    memory_limit_in_mb: MEMORY_LIMIT_MB,
    time_limit_in_ms: timeoutSeconds * 1000,
    environ: Object.entries(visible)
      .map(([k, v]) => `${k}=${v}`)
      .join(';'),
    environment: JSON.stringify(visible)
  }
  return { env, context }
}
