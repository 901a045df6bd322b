/**
 * What every cloud function returns, and what the mini-program's one
 * transport unwraps: data, or a typed error with a stable code and a Chinese
 * message the page can show as is.
 */
export interface AppError<Code extends string = string> {
  /** One of error-codes.ts's; `string` by default only until AppFailure carries ErrorCode. */
  code: Code
  message: string
}

export type Result<T, Code extends string = string> = { ok: true; data: T } | { ok: false; error: AppError<Code> }

/** Every call names an action of the function's feature. */
export interface CallEvent<A extends string = string, P = unknown> {
  action: A
  payload?: P
}
