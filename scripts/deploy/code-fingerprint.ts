/**
 * A built function folder's fingerprint (SHA-256 over its files, by name), kept
 * in the function's description online. A deploy that finds the same
 * fingerprint, settings and variables online uploads nothing for that function:
 * a second deploy with nothing changed changes nothing.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const FINGERPRINT_PREFIX = 'party-study 构建 sha256:'

export function functionFingerprint(dir: string): string {
  const hash = createHash('sha256')
  const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile())
  for (const name of files.map((entry) => entry.name).sort()) {
    hash.update(`${name}\n`)
    hash.update(readFileSync(join(dir, name)))
    hash.update('\n')
  }
  return `${FINGERPRINT_PREFIX}${hash.digest('hex')}`
}
