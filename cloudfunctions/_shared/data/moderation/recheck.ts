import { decide } from '../../domain/moderation/text-check'
import { dueForRecheck, setRecordStatus, updateHeld, type HeldTextDoc } from './held-store'
import { RECHECK_DELAY_MS } from './moderate'
import { checkText } from './sec-check'

/** Entries one timer run checks at most: the run stays short whatever the backlog (the rest wait for the next run). */
export const RECHECK_BATCH = 10

/**
 * Failures after which a text stops waiting for the platform and goes to its
 * deciders as held: WeChat checks only for users active in the last two
 * hours, so an author who has left cannot be checked later at all.
 */
export const RECHECK_MAX_ATTEMPTS = RECHECK_DELAY_MS.length + 1

async function recheckOne(entry: HeldTextDoc, at: Date): Promise<'clear' | 'held' | 'returned' | 'unchecked' | 'stale'> {
  const outcome = await checkText(entry.authorOpenId, entry.scene, entry.parts)
  if (!outcome.ok) {
    const attempts = entry.attempts + 1
    if (attempts >= RECHECK_MAX_ATTEMPTS) {
      const current = await setRecordStatus(entry, 'held')
      await updateHeld(
        entry._id,
        current ? { status: 'held', attempts, nextCheckAt: null } : { status: 'released', attempts, nextCheckAt: null, decidedBy: 'stale' }
      )
      return current ? 'held' : 'stale'
    }
    await updateHeld(entry._id, { attempts, nextCheckAt: new Date(at.getTime() + RECHECK_DELAY_MS[Math.min(attempts - 1, RECHECK_DELAY_MS.length - 1)]) })
    return 'unchecked'
  }
  const decision = decide(outcome)
  // A late `risky`: the text is already stored, so it is sent back to its author (never shown to anyone else).
  const status = decision.refuse ? 'returned' : decision.status
  const current = await setRecordStatus(entry, status)
  if (!current) {
    await updateHeld(entry._id, { status: 'released', nextCheckAt: null, decidedBy: 'stale', decidedAt: at })
    return 'stale'
  }
  if (status === 'held') await updateHeld(entry._id, { status: 'held', nextCheckAt: null })
  else await updateHeld(entry._id, { status: status === 'clear' ? 'released' : 'returned', nextCheckAt: null, decidedBy: 'msgSecCheck', decidedAt: at })
  return status
}

/**
 * The timer's part: texts the platform could not check when they were
 * saved are checked again, at most RECHECK_BATCH per run, oldest due first.
 */
export async function recheckHeldTexts(at: Date): Promise<Record<string, number>> {
  const due = await dueForRecheck(at, RECHECK_BATCH)
  const tally: Record<string, number> = {}
  for (const entry of due) {
    const result = await recheckOne(entry, at)
    tally[result] = (tally[result] ?? 0) + 1
  }
  return tally
}
