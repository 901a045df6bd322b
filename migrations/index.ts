import type { Migration } from '../scripts/migrations/migration'
import { migration as countingLedger } from './001-counting-ledger'
import { migration as consentPerTemplate } from './002-consent-per-template'

/** Every migration, in order. A new one is a new file here and one line below; applied ones are never edited. */
export const MIGRATIONS: Migration[] = [countingLedger, consentPerTemplate]
