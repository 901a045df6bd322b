/**
 * CloudBase's own error codes, as the SDK and real CloudBase use them.
 * Every failure the emulator reports goes through `EmulatorError` so the reply
 * has CloudBase's shape: HTTP 200 with `{ code, message, requestId }`.
 */
export const ErrorCode = {
  INVALID_PARAM: 'INVALID_PARAM',
  INVALID_ACTION: 'INVALID_ACTION',
  INVALID_BODY: 'INVALID_REQUEST_BODY',
  COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  COLLECTION_EXISTS: 'DATABASE_COLLECTION_ALREADY_EXIST',
  DUPLICATE_WRITE: 'DATABASE_DUPLICATE_WRITE',
  BAD_QUERY: 'DATABASE_REQUEST_FAILED',
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  TRANSACTION_NOT_EXIST: 'DATABASE_TRANSACTION_NOT_EXIST',
  FUNCTION_NOT_FOUND: 'FUNCTIONS_NOT_EXIST',
  FUNCTION_EXECUTE_FAIL: 'FUNCTIONS_EXECUTE_FAIL',
  FUNCTION_TIMEOUT: 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
  OPENAPI_FAIL: 'WX_OPENAPI_FAIL',
  INTERNAL: 'SYS_ERR'
} as const

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode]

export class EmulatorError extends Error {
  constructor(
    readonly code: ErrorCodeValue,
    message: string
  ) {
    super(message)
    this.name = 'EmulatorError'
  }
}

export function fail(code: ErrorCodeValue, message: string): never {
  throw new EmulatorError(code, message)
}

/**
 * Refusals of the HTTP layer itself, before any CloudBase action runs. They are
 * not CloudBase codes, and unlike `EmulatorError` they carry an HTTP status:
 * a refused request must not look like a successful SDK reply.
 */
export const HttpErrorCode = {
  FORBIDDEN_HOST: 'FORBIDDEN_HOST',
  FORBIDDEN_ORIGIN: 'FORBIDDEN_ORIGIN',
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  BODY_TOO_DEEP: 'BODY_TOO_DEEP',
  INVALID_URL: 'INVALID_URL'
} as const

export type HttpErrorCodeValue = (typeof HttpErrorCode)[keyof typeof HttpErrorCode]

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpErrorCodeValue,
    message: string
  ) {
    super(message)
    this.name = 'HttpError'
  }
}
