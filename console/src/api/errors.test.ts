import { ApiError, platformError, toApiError } from './errors'

describe('console errors', () => {
  it('maps the web SDK refusing a login to SIGNED_OUT, a network failure to NETWORK, anything else to CALL_FAILED', () => {
    expect(platformError({ code: 'INVALID_ACCESS_TOKEN', message: 'token expired' }).code).toBe('SIGNED_OUT')
    expect(platformError({ code: 'UNAUTHENTICATED', message: '' }).code).toBe('SIGNED_OUT')
    expect(platformError(new TypeError('Failed to fetch')).code).toBe('NETWORK')
    expect(platformError({ code: 'FUNCTIONS_EXECUTE_FAIL', message: 'boom' })).toMatchObject({ code: 'CALL_FAILED', message: '服务暂时不可用，请稍后重试' })
  })

  it('keeps an ApiError as it is', () => {
    const error = new ApiError('FORBIDDEN', '没有权限')
    expect(toApiError(error)).toBe(error)
  })
})
