import type { Database } from '../database'

/** What every management action sees: the emulator's database and its env id. */
export interface ManagementDeps {
  db: Database
  env: string
}

/** A Tencent Cloud API action: the request's parameters in, the `Response` fields (without RequestId) out. */
export type ManagementAction = (params: Record<string, unknown>, deps: ManagementDeps) => Promise<Record<string, unknown>> | Record<string, unknown>

export type ManagementTable = Record<string, ManagementAction>
