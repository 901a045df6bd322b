import { AppFailure } from './errors'

/**
 * The secrets the functions need, by environment variable. They are generated
 * once per environment (the emulator: once per data folder; production: by the
 * deploy) and reach a function only as its environment: never in git, never
 * in a bundle, and there is no fallback value, because a default that ships in
 * the code is public.
 */
export const FUNCTION_SECRETS = {
  /** Signs the rotating check-in codes (meetings). */
  PS_CHECKIN_SECRET: '签到码签名密钥',
  /** Keys the HMAC that turns a phone number into a member id (org, seed). */
  PS_MEMBER_ID_SECRET: '党员编号密钥'
} as const

export type SecretName = keyof typeof FUNCTION_SECRETS

export const SECRET_NAMES = Object.keys(FUNCTION_SECRETS) as SecretName[]

/** A generated secret is 32 random bytes; anything much shorter was set by hand and is refused. */
export const MIN_SECRET_LENGTH = 32

export const CONFIG_MISSING = 'CONFIG_MISSING'

/** The secret's value, or a typed CONFIG_MISSING failure that names the variable (never its value). */
export function requireSecret(name: SecretName, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name]
  if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) {
    throw new AppFailure(CONFIG_MISSING, `服务尚未配置${FUNCTION_SECRETS[name]}（环境变量 ${name}），请联系管理员重新部署`)
  }
  return value
}
