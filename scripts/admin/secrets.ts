import { adoptFunctionSecrets, fetchFunctionSecrets } from '../seed/seed'
import { requireSecret } from '../../cloudfunctions/_shared/runtime/secrets'
import type { Target } from './target'

/**
 * Member ids are an HMAC of the phone number keyed by the environment's
 * PS_MEMBER_ID_SECRET, so a member written here must use the very key the
 * functions use, or the person could never be found again. The emulator hands
 * its key out on its loopback-only control endpoint (as for the seed); for
 * CloudBase it can only come from this process's environment, and without it
 * the tool refuses rather than write ids nobody can match.
 */
export async function adoptMemberIdSecret(target: Target): Promise<void> {
  if (target.kind === 'emulator') adoptFunctionSecrets(await fetchFunctionSecrets(target.url.replace(/\/+$/, '')))
  requireSecret('PS_MEMBER_ID_SECRET')
}
