import type { ConsoleSessionFacts } from '../../domain/signin/session'
import { database } from '../client'
import { findById } from '../read'

const COLLECTION = 'consoleSessions'

/** `consoleSessions`: one per member (`_id` = member id), the console session of every browser they signed in with. */
export interface ConsoleSessionDoc extends ConsoleSessionFacts {
  _id: string
  endedAt: Date | null
  endedReason: 'signout' | 'idle' | null
}

export function findSession(memberId: string): Promise<ConsoleSessionDoc | null> {
  return findById<ConsoleSessionDoc>(COLLECTION, memberId)
}

/** A scan sign-in opens the member's session (again): a fresh start, whatever was there. */
export async function openSession(memberId: string, at: Date): Promise<void> {
  await database().collection(COLLECTION).doc(memberId).set({ active: true, startedAt: at, lastSeenAt: at, endedAt: null, endedReason: null })
}

/** Moves lastSeenAt forward, only while the session is active (a sign-out in between wins). */
export async function touchSession(memberId: string, at: Date): Promise<void> {
  await database().collection(COLLECTION).where({ _id: memberId, active: true }).update({ lastSeenAt: at })
}

export async function endSession(memberId: string, at: Date, reason: 'signout' | 'idle'): Promise<void> {
  await database().collection(COLLECTION).where({ _id: memberId, active: true }).update({ active: false, endedAt: at, endedReason: reason })
}
