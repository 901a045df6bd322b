import tcb from '@cloudbase/node-sdk'

/** Where the admin tool works: a local emulator (by URL) or a CloudBase environment (by id). */
export type Target = { kind: 'emulator'; url: string } | { kind: 'cloudbase'; env: string }

export type App = ReturnType<typeof tcb.init>
export type Db = ReturnType<App['database']>

type InitOptions = Parameters<typeof tcb.init>[0]

/**
 * The SDK options for a target. Both go through the same unmodified
 * @cloudbase/node-sdk; the emulator only differs by serviceUrl (and accepts any
 * credentials). CloudBase needs an API key from the environment: refused here,
 * before any request, with a message saying which variables are missing.
 */
export function sdkOptions(target: Target, env: Record<string, string | undefined> = process.env): InitOptions {
  if (target.kind === 'emulator') {
    return { env: 'local', serviceUrl: `${target.url.replace(/\/+$/, '')}/admin`, secretId: 'local', secretKey: 'local' }
  }
  const secretId = env.TENCENTCLOUD_SECRETID
  const secretKey = env.TENCENTCLOUD_SECRETKEY
  if (!secretId || !secretKey) {
    throw new Error(`连接云开发环境 ${target.env} 需要 API 密钥：请设置环境变量 TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY（不要写进命令行或代码）`)
  }
  return { env: target.env, secretId, secretKey }
}

export function connect(target: Target, env: Record<string, string | undefined> = process.env): App {
  const options = sdkOptions(target, env)
  // Outside a function the SDK probes a cloud metadata address on every call; the emulator has none to probe (as emulator/client.ts).
  if (target.kind === 'emulator') process.env.TENCENTCLOUD = 'true'
  return tcb.init(options)
}
