import { ManagementCode, refuse } from './errors'
import type { ManagementDeps } from './types'

/** A required string parameter; a missing or empty one is the platform's InvalidParameter. */
export function stringParam(params: Record<string, unknown>, name: string): string {
  const value = params[name]
  if (typeof value !== 'string' || value === '') refuse(ManagementCode.INVALID_PARAMETER, `缺少参数 ${name}（应为非空字符串）`)
  return value
}

/** Every database action names the environment: only the emulator's own exists here. */
export function checkEnv(params: Record<string, unknown>, deps: ManagementDeps): void {
  const envId = stringParam(params, 'EnvId')
  if (envId !== deps.env) refuse(ManagementCode.ENV_NOT_FOUND, `环境 ${envId} 不存在（本模拟器的环境是 ${deps.env}）`)
}

/** A collection that must exist, by `TableName` or `CollectionName`. */
export function existingTable(params: Record<string, unknown>, deps: ManagementDeps, field: 'TableName' | 'CollectionName' = 'TableName'): string {
  const name = stringParam(params, field)
  if (!deps.db.state.has(name)) refuse(ManagementCode.TABLE_NOT_FOUND, `Db or Table not exist: 集合 ${name} 不存在`)
  return name
}
