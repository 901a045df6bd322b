/**
 * Tencent Cloud API credentials for a real deploy: from the environment
 * (TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY, optional
 * TENCENTCLOUD_SESSIONTOKEN) or a key file. A key file inside the repo is
 * refused before it is read: it would be one `git add` away from being public.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'

export interface Credentials {
  secretId: string
  secretKey: string
  token?: string
}

export type CredentialsResult = { ok: true; credentials: Credentials } | { ok: false; message: string }

function inside(root: string, file: string): boolean {
  const rel = relative(realpathSync(root), file)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

export function findCredentials(root: string, keyFile: string | undefined, env: NodeJS.ProcessEnv): CredentialsResult {
  if (keyFile) {
    const file = resolve(keyFile)
    if (!existsSync(file)) return { ok: false, message: `密钥文件 ${keyFile} 不存在` }
    const real = realpathSync(file)
    if (inside(root, real)) return { ok: false, message: `密钥文件 ${keyFile} 在代码库内：请移到代码库之外（避免被提交）` }
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(real, 'utf8'))
    } catch {
      return { ok: false, message: `密钥文件 ${keyFile} 不是有效的 JSON` }
    }
    const { secretId, secretKey, token } = (raw ?? {}) as Record<string, unknown>
    if (typeof secretId !== 'string' || typeof secretKey !== 'string' || !secretId || !secretKey) {
      return { ok: false, message: `密钥文件 ${keyFile} 应为 {"secretId": "…", "secretKey": "…"}` }
    }
    return { ok: true, credentials: { secretId, secretKey, ...(typeof token === 'string' && token ? { token } : {}) } }
  }
  const secretId = env.TENCENTCLOUD_SECRETID
  const secretKey = env.TENCENTCLOUD_SECRETKEY
  if (!secretId || !secretKey) {
    return {
      ok: false,
      message:
        '缺少腾讯云 API 凭据：设置环境变量 TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY，或用 --key-file 指定代码库之外的密钥文件。未做任何修改。先试 --dry-run 查看计划。'
    }
  }
  const token = env.TENCENTCLOUD_SESSIONTOKEN
  return { ok: true, credentials: { secretId, secretKey, ...(token ? { token } : {}) } }
}
