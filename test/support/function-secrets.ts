import { randomBytes } from 'node:crypto'
import { SECRET_NAMES } from '../../cloudfunctions/_shared/runtime/secrets'

/**
 * Jest setup (every project): fresh random secrets for this test file, in the
 * test process's own environment, so code the tests call directly (member ids
 * of the demo data) and the emulator the test starts (which is given the same
 * values) agree. Nothing is fixed: a test that depended on a known secret
 * would be depending on a public one.
 */
for (const name of SECRET_NAMES) process.env[name] = randomBytes(32).toString('base64url')
