import { importedMemberId, maskPhone } from './member-id'

describe('importedMemberId', () => {
  it('is stable for the same number however it was written', () => {
    const id = importedMemberId('13800138000')
    expect(id).toMatch(/^m-[0-9a-f]{20}$/)
    expect(importedMemberId('+86 138-0013-8000')).toBe(id)
    expect(importedMemberId('１３８００１３８０００')).toBe(id)
    // Pinned so a refactor cannot silently change ids of members already imported.
    expect(id).toBe('m-a6942f9771d67f34034d')
  })

  it('differs between numbers and between secrets', () => {
    const ids = new Set(Array.from({ length: 1000 }, (_, i) => importedMemberId(`139${String(i).padStart(8, '0')}`)))
    expect(ids.size).toBe(1000)
    const keyed = importedMemberId('13800138000', 'server-secret')
    expect(keyed).toMatch(/^m-[0-9a-f]{20}$/)
    expect(keyed).not.toBe(importedMemberId('13800138000'))
    expect(importedMemberId('13800138000', 'server-secret')).toBe(keyed)
  })

  it('refuses a number that is not a mainland mobile', () => {
    expect(() => importedMemberId('1380013')).toThrow(RangeError)
    expect(() => importedMemberId('')).toThrow(RangeError)
  })
})

describe('maskPhone', () => {
  it.each([
    ['13800138000', '138****8000'],
    ['+86 138-0013-8000', '138****8000'],
    ['１３８００１３８０００', '138****8000'],
    ['0571888888', '05****88'],
    ['1380013', '13****13'],
    ['123456', '****'],
    ['1', '****'],
    ['', '']
  ])('%s → %s', (input, masked) => {
    expect(maskPhone(input)).toBe(masked)
  })

  it('tolerates null and numbers from loosely typed storage', () => {
    expect(maskPhone(null as unknown as string)).toBe('') // simulating an untyped document
    expect(maskPhone(13800138000 as unknown as string)).toBe('138****8000') // ditto
  })
})
