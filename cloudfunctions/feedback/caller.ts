import type { MemberDoc } from '../_shared/data/org-docs'
import { resolveCaller } from '../_shared/access/caller'

/**
 * The calling member, from the identity the platform injected (the
 * mini-program's OPENID, or the console's custom login with an open session);
 * the payload never names one. The console reaches the 投诉建议 inbox this way.
 */
export async function callingMember(): Promise<MemberDoc> {
  return (await resolveCaller()).doc
}
