/**
 * The environment's database through the node SDK, for the deploy's
 * migrations (they are data changes, made the way the functions make them).
 * Same credentials as the management library.
 */
import tcb from '@cloudbase/node-sdk'
import type { Db } from '../admin/target'
import type { Credentials } from './credentials'

export function cloudDatabase(credentials: Credentials, envId: string): Db {
  const { secretId, secretKey, token } = credentials
  return tcb.init({ env: envId, secretId, secretKey, ...(token ? { sessionToken: token } : {}) }).database()
}
