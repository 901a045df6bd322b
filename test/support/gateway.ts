import type { Result } from '../../cloudfunctions/_shared/contract/envelope'
import type { ContractActions } from '../../cloudfunctions/_shared/contract/functions'
import type { Account } from './people'

/** Every function the gateway serves, with its contract's action map (payload and result per action). */
export type GatewayContract = ContractActions

export type FunctionName = keyof GatewayContract & string
export type ActionOf<F extends FunctionName> = keyof GatewayContract[F] & string
type Entry<F extends FunctionName, A extends ActionOf<F>> = GatewayContract[F][A] & { payload: unknown; result: unknown }
export type PayloadOf<F extends FunctionName, A extends ActionOf<F>> = Entry<F, A>['payload']
export type ResultOf<F extends FunctionName, A extends ActionOf<F>> = Entry<F, A>['result']

/** Who a call acts as: one of `people` (or any Account), or a bare openid for users the demo does not know. */
export type Caller = Account | string

/** A failed `ok`: the function's error code and message, and the call they came from. */
export class GatewayError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly call: string
  ) {
    super(`${call}: ${code} ${message}`)
    this.name = 'GatewayError'
  }
}

/**
 * The gateway of one emulator, typed by the contract: the payload must be the
 * action's payload, and the result is the action's result.
 *
 *   const gw = gateway(demo.emulator.url)
 *   const draft = await gw.ok('notices', 'notices.saveDraft', { draft }, people.orgDepartment)
 *   expect(await gw.call('org', 'units.branches', {}, people.staff1Member)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
 *
 * For payloads the contract forbids (tests of input checks), use `callAs`.
 */
export function gateway(baseUrl: string) {
  /** The function's Result envelope, ok or not. */
  function call<F extends FunctionName, A extends ActionOf<F>>(fn: F, action: A, payload: PayloadOf<F, A>, as: Caller): Promise<Result<ResultOf<F, A>>> {
    return callAs<ResultOf<F, A>>(baseUrl, openIdOf(as), fn, action, payload)
  }
  /** The action's data; a failed call throws a GatewayError with its code. */
  async function ok<F extends FunctionName, A extends ActionOf<F>>(fn: F, action: A, payload: PayloadOf<F, A>, as: Caller): Promise<ResultOf<F, A>> {
    const result = await call(fn, action, payload, as)
    if (!result.ok) throw new GatewayError(result.error.code, result.error.message, `${fn}/${action} as ${openIdOf(as)}`)
    return result.data
  }
  return { call, ok }
}

export type Gateway = ReturnType<typeof gateway>

function openIdOf(as: Caller): string {
  return typeof as === 'string' ? as : as.openId
}

/** Calls a function through the emulator's gateway as the mini-program would, acting as `openId`. Untyped: prefer `gateway(url).call`. */
export async function callAs<T = unknown>(baseUrl: string, openId: string, name: string, action: string, payload?: unknown): Promise<Result<T>> {
  const response = await fetch(`${baseUrl}/gateway/functions/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-demo-openid': openId },
    body: JSON.stringify({ action, payload })
  })
  const body = (await response.json()) as { result?: Result<T>; error?: { code: string; message: string } }
  if (!body.result) throw new Error(`gateway ${response.status}: ${JSON.stringify(body.error)}`)
  return body.result
}

/** The whole database as text: equal before and after means nothing was written. */
export async function snapshot(baseUrl: string): Promise<string> {
  return (await fetch(`${baseUrl}/_emulator/export`)).text()
}

export async function restore(baseUrl: string, text: string): Promise<void> {
  await fetch(`${baseUrl}/_emulator/import`, { method: 'POST', body: text })
}
