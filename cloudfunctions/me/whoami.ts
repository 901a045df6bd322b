import type { WhoamiResult } from '../_shared/contract/me'
import { callerOpenId, database } from '../_shared/data/client'
import { roleLabels } from '../_shared/domain/me/role-labels'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

interface MemberDoc {
  _id: string
  name: string
  unitId: string
  roles?: Array<{ role: string; unitId: string }>
  status?: string
}

/** Looks the caller up by the OPENID the platform injected: two reads by index. */
export async function whoami(): Promise<WhoamiResult> {
  const openId = callerOpenId()
  if (!openId) throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '无法识别当前微信用户，请在微信中打开')
  const db = database()
  const { data } = await db.collection('members').where({ openid: openId, status: 'active' }).limit(1).get()
  const member = (data as MemberDoc[])[0]
  if (!member) return { openId, member: null }
  const unit = await db.collection('units').doc(member.unitId).get()
  const unitName = ((unit.data as Array<{ name?: string }>)[0]?.name) ?? ''
  return {
    openId,
    member: { id: member._id, name: member.name, unitName, roleLabels: roleLabels(member.roles ?? []) }
  }
}
