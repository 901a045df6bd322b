import type { AppError } from '../contract/envelope'

/** Stable codes the mini-program can branch on; messages are for people. */
export const AppErrorCode = {
  INVALID_INPUT: 'INVALID_INPUT',
  UNKNOWN_ACTION: 'UNKNOWN_ACTION',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL: 'INTERNAL'
} as const

/** Thrown by use cases; the dispatcher turns it into `{ ok: false, error }`. */
export class AppFailure extends Error implements AppError {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'AppFailure'
  }
}
