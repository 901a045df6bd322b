import { ApiError, platformError, toApiError } from './errors'

describe('console errors', () => {
  it('maps the web SDK refusing a login to SIGNED_OUT, a network failure to NETWORK, anything else to CALL_FAILED', () => {
    expect(platformError({ code: 'INVALID_ACCESS_TOKEN', message: 'token expired' }).code).toBe('SIGNED_OUT')
    expect(platformError({ code: 'UNAUTHENTICATED', message: '' }).code).toBe('SIGNED_OUT')
    expect(platformError(new TypeError('Failed to fetch')).code).toBe('NETWORK')
    expect(platformError({ code: 'FUNCTIONS_EXECUTE_FAIL', message: 'boom' })).toMatchObject({ code: 'CALL_FAILED', message: '服务暂时不可用，请稍后重试' })
  })

  // Proved by tsc: each @ts-expect-error fails the compile if its line stops being an error.
  it("types a code as the contract's or the console's own, so a misspelt comparison does not compile", () => {
    const error = new ApiError('NOTICE_IN_PAST', 'x')
    expect(error.code === 'NOTICE_IN_PAST').toBe(true)
    // @ts-expect-error no code is spelt NOTICE_IN_PASt
    expect(error.code === 'NOTICE_IN_PASt').toBe(false)
    // @ts-expect-error codes are the contract's or the console's, never made up on the spot
    expect(new ApiError('SOMETHING_NEW', 'x').code).toBe('SOMETHING_NEW')
  })

  it('keeps an ApiError as it is', () => {
    const error = new ApiError('FORBIDDEN', '没有权限')
    expect(toApiError(error)).toBe(error)
  })
})
