import type tcb from '@cloudbase/node-sdk'
import { COLLECTIONS } from '../../cloudfunctions/_shared/data/collections'
import { SECRET_NAMES } from '../../cloudfunctions/_shared/runtime/secrets'
import { demoAccounts, demoMembers, demoUnits, type DemoAccount } from './demo-org'

type Db = ReturnType<ReturnType<typeof tcb.init>['database']>

/** Creates every declared collection; one that already exists is fine. */
export async function ensureCollections(db: Db): Promise<void> {
  for (const collection of COLLECTIONS) {
    try {
      await db.createCollection(collection.name)
    } catch (error) {
      if ((error as { code?: string }).code !== 'DATABASE_COLLECTION_ALREADY_EXIST') throw error
    }
  }
}

/**
 * Writes the demo organisation once. When it is already there (a restart of
 * `npm start`), nothing is rewritten: what people did in the demo — members
 * added, invites redeemed, the counters that track them — is kept.
 */
export async function seedDemoData(db: Db): Promise<{ units: number; members: number; accounts: DemoAccount[] }> {
  await ensureCollections(db)
  const units = demoUnits()
  const members = demoMembers(units)
  const seeded = (await db.collection('units').doc(units[0]._id).get()).data.length > 0
  if (!seeded) {
    for (const { _id, ...unit } of units) await db.collection('units').doc(_id).set(unit)
    for (const { _id, ...member } of members) await db.collection('members').doc(_id).set(member)
  }
  return { units: units.length, members: members.length, accounts: demoAccounts(units, members) }
}

/**
 * The seed derives member ids from phone numbers exactly as the functions do,
 * so it runs with their secrets in its own environment: taken from the
 * emulator it seeds (in-process, or over its loopback-only control endpoint).
 */
export function adoptFunctionSecrets(secrets: Record<string, string>): void {
  for (const name of SECRET_NAMES) if (secrets[name]) process.env[name] = secrets[name]
}

export async function fetchFunctionSecrets(emulatorUrl: string): Promise<Record<string, string>> {
  const response = await fetch(`${emulatorUrl}/_emulator/secrets`)
  if (!response.ok) throw new Error(`读取模拟器的云函数密钥失败：HTTP ${response.status}`)
  return ((await response.json()) as { secrets: Record<string, string> }).secrets
}

/** Tells the emulator's dev-only user switcher which accounts to offer. */
export async function registerDemoAccounts(emulatorUrl: string, accounts: DemoAccount[]): Promise<void> {
  const response = await fetch(`${emulatorUrl}/_emulator/demo-users`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ users: accounts })
  })
  if (!response.ok) throw new Error(`注册演示账号失败：HTTP ${response.status}`)
}
