import { SECRET_NAMES } from '../../cloudfunctions/_shared/runtime/secrets'

/** The secrets jest's setup put in this process's environment, to hand to an emulator. */
export function testSecrets(): Record<string, string> {
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, process.env[name] ?? '']))
}
