import type { SigninRequestFacts } from '../../domain/signin/request'
import { database } from '../client'
import { findById } from '../read'
import { insertOnce } from '../write'

const COLLECTION = 'signinRequests'

/** `signinRequests`: one console sign-in request, `_id` = the code shown on the screen. */
export interface SigninRequestDoc extends SigninRequestFacts {
  _id: string
  scene: string
  /** As the browser described itself (shown on the phone as told). */
  browser: string
  /** The web caller's address as the platform saw it. */
  ip: string
  /** Whose start budget it counts against: the address, or the anonymous login when the platform gave none. */
  budgetKey: string
}

/** Stores a new request: false if the code is taken (the caller draws another). */
export function insertRequest(doc: SigninRequestDoc): Promise<boolean> {
  return insertOnce(COLLECTION, doc)
}

export function findRequest(code: string): Promise<SigninRequestDoc | null> {
  return findById<SigninRequestDoc>(COLLECTION, code)
}

/** The conditional writes below each decide a race in the database: the first writer wins, a retry or a rival sees `false`. */
async function updateWhere(where: Record<string, unknown>, fields: Record<string, unknown>): Promise<boolean> {
  const { updated } = (await database().collection(COLLECTION).where(where).update(fields)) as { updated?: number }
  return Boolean(updated)
}

export function markScanned(code: string, at: Date): Promise<boolean> {
  return updateWhere({ _id: code, scannedAt: null }, { scannedAt: at })
}

export function markConfirmed(code: string, memberId: string): Promise<boolean> {
  return updateWhere({ _id: code, confirmedBy: null, cancelledAt: null }, { confirmedBy: memberId })
}

export function markCancelled(code: string, at: Date): Promise<boolean> {
  return updateWhere({ _id: code, confirmedBy: null, cancelledAt: null }, { cancelledAt: at })
}

/** Requests counted against one budget since a moment (the `budget_created` index). */
export async function countStartedFrom(budgetKey: string, since: Date): Promise<number> {
  const db = database()
  const { total } = (await db
    .collection(COLLECTION)
    .where({ budgetKey, createdAt: db.command.gt(since) })
    .count()) as { total?: number }
  return total ?? 0
}

/** Deletes requests that expired before `before` (the daily sweep): one call, whatever their number. */
export async function removeExpiredRequests(before: Date): Promise<number> {
  const db = database()
  const { deleted } = (await db
    .collection(COLLECTION)
    .where({ expiresAt: db.command.lt(before) })
    .remove()) as { deleted?: number }
  return deleted ?? 0
}

/** Claims the ticket for this poll: true for exactly one caller, ever. */
export function claimTicket(code: string, memberId: string, at: Date): Promise<boolean> {
  return updateWhere({ _id: code, confirmedBy: memberId, ticketIssuedAt: null }, { ticketIssuedAt: at })
}
