import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { atomicWrite } from '../database/storage'

/**
 * The functions' secrets for one data folder, as the deploy makes them for one
 * CloudBase environment: generated on first start (32 random bytes each), kept
 * in `<data>/secrets.json` (owner-only) so member ids stay stable across
 * restarts, and injected into every function instance's environment. An
 * in-memory emulator gets fresh ones per start. Nothing here has a default.
 */
export type FunctionSecrets = Record<string, string>

const FILE = 'secrets.json'
const stored = z.record(z.string(), z.string())

export function generateSecret(): string {
  return randomBytes(32).toString('base64url')
}

export function loadOrCreateSecrets(dataDir: string | undefined, names: readonly string[]): FunctionSecrets {
  const file = dataDir ? path.join(dataDir, FILE) : undefined
  const existing = file && existsSync(file) ? stored.parse(JSON.parse(readFileSync(file, 'utf8'))) : {}
  const missing = names.filter((name) => !existing[name])
  if (missing.length === 0) return existing
  const secrets = { ...existing, ...Object.fromEntries(missing.map((name) => [name, generateSecret()])) }
  if (file) atomicWrite(file, JSON.stringify(secrets, null, 2), 0o600)
  return secrets
}
