import type { AppError } from '../contract/envelope'
import type { CommonErrorCode, ErrorCode } from '../contract/error-codes'

/** Stable codes the mini-program can branch on; messages are for people. */
export const AppErrorCode = {
  INVALID_INPUT: 'INVALID_INPUT',
  UNKNOWN_ACTION: 'UNKNOWN_ACTION',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL: 'INTERNAL'
} as const satisfies Record<string, CommonErrorCode>

/** Thrown by use cases; the dispatcher turns it into `{ ok: false, error }`. */
export class AppFailure extends Error implements AppError<ErrorCode> {
  constructor(
    /** A code from the contract (contract/error-codes.ts): a typo does not compile. */
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'AppFailure'
  }
}
