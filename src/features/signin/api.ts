import { SIGNIN_FUNCTION, type SigninDescription } from '@contract/signin-api'
import { callFunction } from '@/api'

/** The phone's side of the console's scan sign-in: one typed call per action. */

export function describeSignin(scene: string): Promise<SigninDescription> {
  return callFunction<SigninDescription>(SIGNIN_FUNCTION, { action: 'signin.describe', payload: { scene } })
}

export function confirmSignin(scene: string): Promise<{ ok: true }> {
  return callFunction<{ ok: true }>(SIGNIN_FUNCTION, { action: 'signin.confirm', payload: { scene } })
}

export function cancelSignin(scene: string): Promise<{ ok: true }> {
  return callFunction<{ ok: true }>(SIGNIN_FUNCTION, { action: 'signin.cancel', payload: { scene } })
}
