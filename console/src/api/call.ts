import type { Result } from '@contract/envelope'
import type { ErrorCode } from '@contract/error-codes'
import type { ContractActions, FunctionName } from '@contract/functions'
import { webApp } from './cloudbase'
import { ApiError, platformError } from './errors'

export type ActionOf<F extends FunctionName> = keyof ContractActions[F] & string
type Spec<F extends FunctionName, A extends ActionOf<F>> = ContractActions[F][A]
export type PayloadOf<F extends FunctionName, A extends ActionOf<F>> = Spec<F, A> extends { payload: infer P } ? P : never
export type ResultOf<F extends FunctionName, A extends ActionOf<F>> = Spec<F, A> extends { result: infer R } ? R : never

type Listener = (error: ApiError) => void
const signedOutListeners = new Set<Listener>()

/** The session shell listens: a refused login anywhere sends the user back to sign in. */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener)
  return () => {
    signedOutListeners.delete(listener)
  }
}

/**
 * The one way the console calls a function: `app.callFunction` of the web SDK
 * with its bearer token, typed against the contract. Resolves with the
 * function's data or throws ApiError with the function's code and Chinese message.
 */
export async function call<F extends FunctionName, A extends ActionOf<F>>(name: F, action: A, payload: PayloadOf<F, A>): Promise<ResultOf<F, A>> {
  let reply: { result?: unknown }
  try {
    reply = await webApp().callFunction({ name, data: { action, payload } })
  } catch (cause) {
    const error = platformError(cause)
    if (error.code === 'SIGNED_OUT') signedOutListeners.forEach((listener) => listener(error))
    throw error
  }
  const result = reply.result as Result<ResultOf<F, A>> | undefined
  if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') throw new ApiError('BAD_RESPONSE', '服务返回了无法识别的结果，请稍后重试')
  if (result.ok) return result.data
  const error = new ApiError(result.error.code as ErrorCode, result.error.message || '操作失败，请稍后重试')
  if (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_ENDED') signedOutListeners.forEach((listener) => listener(error))
  throw error
}
