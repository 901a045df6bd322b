import { parseArgs } from 'node:util'
import { adoptFunctionSecrets, fetchFunctionSecrets, registerDemoAccounts, seedDemoData } from './seed/seed'
import { localSdk } from '../emulator/client'
import { DEFAULT_PORT } from '../emulator/core/constants'

/** `npm run seed -- --url http://127.0.0.1:9100`: seeds a running emulator. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string' } } })
  const url = values.url ?? `http://127.0.0.1:${DEFAULT_PORT}`
  adoptFunctionSecrets(await fetchFunctionSecrets(url))
  const result = await seedDemoData(localSdk(`${url}/admin`).database())
  await registerDemoAccounts(url, result.accounts)
  console.log(`已写入 ${result.units} 个组织、${result.members} 名党员、${result.accounts.length} 个演示账号`)
}

main().catch((error: unknown) => {
  console.error((error as Error).message)
  process.exit(1)
})
