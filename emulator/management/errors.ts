/**
 * Tencent Cloud API errors, as the management library reads them: HTTP 200
 * with `{ Response: { Error: { Code, Message }, RequestId } }`; manager-node
 * throws a CloudBaseError carrying `code`.
 */
export const ManagementCode = {
  AUTH_FAILURE: 'AuthFailure.SignatureFailure',
  INVALID_ACTION: 'InvalidAction',
  INVALID_PARAMETER: 'InvalidParameter',
  ENV_NOT_FOUND: 'ResourceNotFound.EnvNotFound',
  TABLE_NOT_FOUND: 'ResourceNotFound.TableNotExist',
  TABLE_EXISTS: 'ResourceInUse.TableExist',
  INDEX_NOT_FOUND: 'ResourceNotFound.IndexNotExist',
  INDEX_EXISTS: 'ResourceInUse.IndexExist',
  DUPLICATE_KEY: 'FailedOperation.DuplicateKey',
  INTERNAL: 'InternalError'
} as const

export type ManagementCodeValue = (typeof ManagementCode)[keyof typeof ManagementCode]

export class ManagementError extends Error {
  constructor(
    readonly code: ManagementCodeValue,
    message: string
  ) {
    super(message)
    this.name = 'ManagementError'
  }
}

export function refuse(code: ManagementCodeValue, message: string): never {
  throw new ManagementError(code, message)
}
