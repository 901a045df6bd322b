import { database } from '../client'
import type { PendingFollow } from '../membership-follow'
import type { AuditDoc, MemberDoc } from '../org-docs'
import type { StoredRole } from '../../domain/org/scope'
import { inTransaction } from '../transaction'

/**
 * Changes to a member, each in one transaction with the branch counters it
 * moves and its audit entry: all or nothing. `follow` is the membership
 * change the open notices and meetings still have to follow
 * (data/membership-follow.ts).
 */

/** Registers a new member: null when done, or the member already registered under that id (phone), leaving everything unchanged. */
export async function insertMember(member: MemberDoc, follow: PendingFollow, audit: AuditDoc): Promise<MemberDoc | null> {
  const _ = database().command
  return inTransaction(async (txn) => {
    const existing = (await txn.collection('members').doc(member._id).get()).data as MemberDoc | null
    if (existing) return existing
    const { _id, ...fields } = member // set() takes the id from doc(), never from the data
    await txn
      .collection('members')
      .doc(_id)
      .set({ ...fields, follow })
    await txn
      .collection('units')
      .doc(member.unitId)
      .update({ memberCount: _.inc(1) })
    await txn.collection('audit').add(audit)
    return null
  })
}

/** Moves a member to `moved`'s branch and group (with the roles that still apply); a change of branch moves one count across. */
export async function saveMove(member: MemberDoc, moved: MemberDoc, follow: PendingFollow | null, audit: AuditDoc): Promise<void> {
  const _ = database().command
  await inTransaction(async (txn) => {
    await txn
      .collection('members')
      .doc(member._id)
      .update({
        unitId: moved.unitId,
        unitPath: moved.unitPath,
        groupId: moved.groupId,
        roles: moved.roles,
        updatedAt: moved.updatedAt,
        ...(follow ? { follow: _.set(follow) } : {})
      })
    if (moved.unitId !== member.unitId) {
      await txn
        .collection('units')
        .doc(member.unitId)
        .update({ memberCount: _.inc(-1) })
      await txn
        .collection('units')
        .doc(moved.unitId)
        .update({ memberCount: _.inc(1) })
    }
    await txn.collection('audit').add(audit)
  })
}

/** Takes a member off the roll. Nobody is deleted: the record stays with its history; the WeChat binding and roles end. */
export async function saveDeactivation(
  member: MemberDoc,
  status: 'transferred_out' | 'inactive',
  updatedAt: Date,
  follow: PendingFollow,
  audit: AuditDoc
): Promise<void> {
  const _ = database().command
  await inTransaction(async (txn) => {
    await txn
      .collection('members')
      .doc(member._id)
      .update({ status, roles: [], openid: _.remove(), inviteCode: _.remove(), updatedAt, follow: _.set(follow) })
    await txn
      .collection('units')
      .doc(member.unitId)
      .update({ memberCount: _.inc(-1) })
    await txn.collection('audit').add(audit)
  })
}

/** Where a 流动党员 takes part (null: only at home). */
export async function saveActivityUnit(memberId: string, activityUnitId: string | null, updatedAt: Date, audit: AuditDoc): Promise<void> {
  await inTransaction(async (txn) => {
    await txn.collection('members').doc(memberId).update({ activityUnitId, updatedAt })
    await txn.collection('audit').add(audit)
  })
}

/** A member's roles after an appointment or a revocation. */
export async function saveRoles(memberId: string, roles: StoredRole[], updatedAt: Date, audit: AuditDoc): Promise<void> {
  await inTransaction(async (txn) => {
    await txn.collection('members').doc(memberId).update({ roles, updatedAt })
    await txn.collection('audit').add(audit)
  })
}
