/**
 * The deploy's database part against a local emulator: the same code and the
 * same unmodified management library as a real deploy, pointed at the
 * emulator's management endpoint through `TCB_BASE_URL` (which manager-node
 * reads on every tcb call), with the emulator's env id and any local key.
 * `npm start` and the tests provision the emulator with it, so the
 * collections and indexes the emulator enforces are the ones the deploy made.
 */
import { LOCAL_ENV } from '../../emulator/core/constants'
import { MANAGEMENT_PATH } from '../../emulator/management/route'
import { connect } from '../admin/target'
import { planCollections } from './collections-plan'
import { deployDatabase, type DatabaseReport } from './database'
import { managerNodeTarget } from './manager-node'
import type { Migration } from '../migrations/migration'

/** Any key works locally (nothing checks the secret); these say where they come from. */
export const LOCAL_CREDENTIALS = { secretId: 'local-emulator', secretKey: 'local-emulator' }

/**
 * manager-node sends every request through `http_proxy` when it is set, with no
 * exception for loopback: the emulator on 127.0.0.1 must not go through one.
 */
const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY']

export function managementUrl(emulatorUrl: string): string {
  return emulatorUrl.replace(/\/+$/, '') + MANAGEMENT_PATH
}

/**
 * Runs `work` with the library pointed at the emulator, then puts the
 * environment back. Tests read back through the library inside it.
 */
export async function pointedAt<T>(emulatorUrl: string, work: () => Promise<T>): Promise<T> {
  const saved = new Map([...PROXY_VARIABLES, 'TCB_BASE_URL'].map((name) => [name, process.env[name]]))
  process.env.TCB_BASE_URL = managementUrl(emulatorUrl)
  for (const name of PROXY_VARIABLES) delete process.env[name]
  try {
    return await work()
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

export interface EmulatorDeployOptions {
  log?: (line: string) => void
  /** Default: every migration in migrations/. */
  migrations?: Migration[]
  /**
   * false: collections, indexes and rules only, no migration run or recorded
   * (a fresh test database has no old data to migrate; tests of migrations run them themselves).
   */
  migrate?: boolean
}

export async function deployDatabaseToEmulator(emulatorUrl: string, opts: EmulatorDeployOptions = {}): Promise<DatabaseReport> {
  return pointedAt(emulatorUrl, async () => {
    const target = managerNodeTarget(LOCAL_CREDENTIALS, LOCAL_ENV)
    const db = opts.migrate === false ? undefined : connect({ kind: 'emulator', url: emulatorUrl }).database()
    return deployDatabase(planCollections().collections, target, { log: opts.log ?? (() => undefined), db, migrations: opts.migrations })
  })
}
