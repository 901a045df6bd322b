import type { QuotaSettings } from '../../contract/dashboard-api'
import { database } from '../client'
import { findById } from '../read'

/** A committee's own requirements, or null while it uses the defaults. */
export async function loadQuotaSettings(committeeId: string): Promise<QuotaSettings | null> {
  return (await findById<{ settings: QuotaSettings }>('quotaSettings', committeeId))?.settings ?? null
}

export async function saveQuotaSettings(committeeId: string, settings: QuotaSettings, at: Date, by: string): Promise<void> {
  await database().collection('quotaSettings').doc(committeeId).set({ settings, updatedAt: at, updatedBy: by })
}
