import { EventEmitter } from 'node:events'
import { mkdtempSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/controller'
import { ROOT } from '../../emulator/core/constants'
import { localSdk } from '../../emulator/client'
import { deployDatabaseToEmulator } from '../../scripts/deploy/emulator'
import { testSecrets } from './secrets'

// The SDK adds a 'connect' listener per request while a keep-alive socket is still connecting;
// hundreds of concurrent calls (the 300-increment test) trip Node's leak warning without leaking.
EventEmitter.defaultMaxListeners = 500

export interface TestEmulator {
  emulator: RunningEmulator
  app: ReturnType<typeof localSdk>
  db: ReturnType<ReturnType<typeof localSdk>['database']>
  close(): Promise<void>
}

/** A scratch folder inside the repo (git-ignored), so functions' `require` finds node_modules. */
export function scratchDir(prefix: string): string {
  const base = path.join(ROOT, '.test-data')
  mkdirSync(base, { recursive: true })
  return mkdtempSync(path.join(base, `${prefix}-`))
}

/**
 * A fresh emulator per suite, on a free port, with the real SDK pointed at it.
 * Its collections, indexes and rules are made as `npm start` and a real deploy
 * make them: the deploy's own code through the management library (issue 12 §3),
 * so the unique indexes the tests rely on are the ones the deploy creates.
 * Migrations are not run (nothing old to migrate). A suite that passes
 * `collections` gets that list instead and provisions itself.
 */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ port: 0, collections: [], timers: false, secrets: testSecrets(), ...options })
  if (options.collections === undefined) await deployDatabaseToEmulator(emulator.url, { migrate: false })
  const app = localSdk(emulator.adminUrl)
  return { emulator, app, db: app.database(), close: () => emulator.close() }
}

/** Posts a raw body to the admin endpoint, for requests the SDK would never send. */
export async function postAdmin(adminUrl: string, body: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${adminUrl}?env=local`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  return (await response.json()) as Record<string, unknown>
}
