/**
 * The functions' secrets for one environment: kept when the environment
 * already has them (PS_MEMBER_ID_SECRET must never change once members exist:
 * their ids derive from it), generated once otherwise. Every function gets the
 * same values. Values stay in memory: they are never logged or returned in a plan.
 */
import { randomBytes } from 'node:crypto'
import { MIN_SECRET_LENGTH, SECRET_NAMES, type SecretName } from '../../cloudfunctions/_shared/runtime/secrets'

export class SecretConflictError extends Error {}

/** `deployed`: each existing function's online environment variables. */
export function environmentSecrets(
  deployed: Array<Record<string, string>>,
  generate = (): string => randomBytes(32).toString('base64url')
): { values: Record<SecretName, string>; generated: SecretName[] } {
  const values = {} as Record<SecretName, string>
  const generated: SecretName[] = []
  for (const name of SECRET_NAMES) {
    const found = new Set(deployed.map((vars) => vars[name]).filter((v): v is string => typeof v === 'string' && v.length >= MIN_SECRET_LENGTH))
    if (found.size > 1) {
      // Two functions disagree: picking one would silently break the other's data. A person decides.
      throw new SecretConflictError(`线上函数的 ${name} 不一致：请先在控制台核对，使所有函数取同一个值，再部署`)
    }
    const [existing] = found
    if (existing) values[name] = existing
    else {
      values[name] = generate()
      generated.push(name)
    }
  }
  return { values, generated }
}
