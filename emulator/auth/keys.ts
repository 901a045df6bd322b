import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { atomicWrite } from '../database/storage'

/**
 * The emulator's auth secrets for one data folder, as CloudBase keeps them for
 * one environment: the custom-login key (the JSON file the CloudBase console
 * lets you download, `{ private_key_id, private_key, env_id }`, whose private
 * half the node SDK signs tickets with) and the key the emulator signs its own
 * access and refresh tokens with. Generated on the first start, kept in
 * `<data>/auth-keys.json` (owner-only) across restarts and resets; an
 * in-memory emulator gets fresh ones per start.
 */
export interface CustomLoginKey {
  private_key_id: string
  private_key: string
  env_id: string
}

export interface AuthKeys {
  customLogin: CustomLoginKey
  /** The public half, for verifying tickets. */
  customLoginPublicKey: string
  /** HMAC key of the emulator's access and refresh tokens. */
  tokenSecret: string
}

const FILE = 'auth-keys.json'

/** The functions' environment variable holding the key file's JSON (set by the deploy on CloudBase, by the host here). */
export const CUSTOM_LOGIN_KEY_VARIABLE = 'PS_CUSTOM_LOGIN_KEY'

const stored = z.object({
  customLogin: z.object({ private_key_id: z.string().min(1), private_key: z.string().min(1), env_id: z.string().min(1) }),
  customLoginPublicKey: z.string().min(1),
  tokenSecret: z.string().min(32)
})

export function generateAuthKeys(env: string): AuthKeys {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' }
  })
  return {
    customLogin: { private_key_id: randomBytes(16).toString('hex'), private_key: privateKey, env_id: env },
    customLoginPublicKey: publicKey,
    tokenSecret: randomBytes(32).toString('base64url')
  }
}

export function loadOrCreateAuthKeys(dataDir: string | undefined, env: string): AuthKeys {
  const file = dataDir ? path.join(dataDir, FILE) : undefined
  if (file && existsSync(file)) {
    const keys = stored.parse(JSON.parse(readFileSync(file, 'utf8')))
    if (keys.customLogin.env_id === env) return keys
  }
  const keys = generateAuthKeys(env)
  if (file) atomicWrite(file, JSON.stringify(keys, null, 2), 0o600)
  return keys
}
