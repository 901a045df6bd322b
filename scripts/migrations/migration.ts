import type { Db } from '../admin/target'

/**
 * One numbered upgrade of the stored data, `migrations/NNN-name.ts`.
 *
 * `up` must be idempotent: the runner records a migration only after `up`
 * returned, so a run that crashes (or loses its connection) half-way applies
 * the same migration again from the start next time. Write it so that data it
 * already changed is left alone on the second pass (select what still needs
 * the change, use set/conditional updates, never blind increments).
 */
export interface Migration {
  /** `NNN-name`, the file's name: also the order in which migrations apply. */
  id: string
  description: string
  up(db: Db): Promise<void>
}

export const MIGRATION_ID = /^\d{3}-[a-z0-9-]+$/
