import { ApiError, isApiError, toApiError } from './errors'
import { wireErrorCode } from './error-codes'

describe('ApiError codes', () => {
  it('keeps a code from the wire exactly as sent, known or not', () => {
    expect(new ApiError(wireErrorCode('INVITE_REVOKED'), 'x').code).toBe('INVITE_REVOKED')
    expect(new ApiError(wireErrorCode('A_CODE_FROM_A_NEWER_SERVER'), 'x').code).toBe('A_CODE_FROM_A_NEWER_SERVER')
  })

  it('turns anything else thrown into UNKNOWN', () => {
    const error = toApiError(new Error('boom'))
    expect(isApiError(error)).toBe(true)
    expect(error.code).toBe('UNKNOWN')
  })

  // Proved by tsc: each @ts-expect-error fails the compile if its line stops being an error.
  it('makes a misspelt code a type error', () => {
    const error = new ApiError('INVITE_REVOKED', 'x')
    expect(error.code === 'INVITE_REVOKED').toBe(true)
    // @ts-expect-error no code is spelt INVITE_REVOKD
    expect(error.code === 'INVITE_REVOKD').toBe(false)
    // @ts-expect-error codes are the contract's or the client's, never made up on the spot
    expect(new ApiError('SOMETHING_NEW', 'x').code).toBe('SOMETHING_NEW')
    expect(new ApiError('HTTP_502', 'x').code).toBe('HTTP_502')
  })
})
