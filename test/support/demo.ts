import type { EmulatorOptions } from '../../emulator/controller'
import { DEFAULT_FUNCTIONS_DIR, DEFAULT_STATIC_DIR } from '../../emulator/core/constants'
import { registerDemoAccounts, seedDemoData } from '../../scripts/seed/seed'
import type { DemoAccount } from '../../scripts/seed/demo-org'
import { scratchDir, startTestEmulator, type TestEmulator } from './emulator'

/** An emulator with the built functions, the H5 build and the demo organisation, as `npm start` serves it. */
export async function startDemoEmulator(options: EmulatorOptions = {}): Promise<TestEmulator & { accounts: DemoAccount[] }> {
  const t = await startTestEmulator({ dataDir: scratchDir('demo'), functionsDir: DEFAULT_FUNCTIONS_DIR, staticDir: DEFAULT_STATIC_DIR, ...options })
  const seeded = await seedDemoData(t.db)
  await registerDemoAccounts(t.emulator.url, seeded.accounts)
  return { ...t, accounts: seeded.accounts }
}
