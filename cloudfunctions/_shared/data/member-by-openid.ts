import type { MemberDoc } from './org-docs'
import { database } from './client'

/**
 * The member bound to a WeChat OPENID. Only documents that functions wrote
 * count: CloudBase stamps `_openid` on every write a client makes through
 * `wx.cloud.database()`, and the security rules deny those writes anyway; a
 * document carrying `_openid` was not written by this product and is never
 * trusted as someone's identity (defence in depth).
 */
export async function memberByOpenId(openId: string, options: { activeOnly: boolean }): Promise<MemberDoc | null> {
  const _ = database().command
  const where: Record<string, unknown> = { openid: openId, _openid: _.exists(false) }
  if (options.activeOnly) where.status = 'active'
  const { data } = await database().collection('members').where(where).limit(1).get()
  return (data as MemberDoc[])[0] ?? null
}
