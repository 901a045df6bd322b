import { EventEmitter } from 'node:events'
import { mkdtempSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/controller'
import { COLLECTIONS } from '../../cloudfunctions/_shared/data/collections'
import { ROOT } from '../../emulator/core/constants'
import { localSdk } from '../../emulator/client'
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

/** A fresh emulator per suite, on a free port, with the real SDK pointed at it. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ port: 0, collections: COLLECTIONS, timers: false, secrets: testSecrets(), ...options })
  const app = localSdk(emulator.adminUrl)
  return { emulator, app, db: app.database(), close: () => emulator.close() }
}

/** Posts a raw body to the admin endpoint, for requests the SDK would never send. */
export async function postAdmin(adminUrl: string, body: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${adminUrl}?env=local`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  return (await response.json()) as Record<string, unknown>
}
