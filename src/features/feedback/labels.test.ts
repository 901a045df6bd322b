import { ageText, newRequestId } from './labels'

describe('feedback labels', () => {
  it('says how long an item has waited', () => {
    expect(ageText(0)).toBe('今天提交')
    expect(ageText(3)).toBe('已等待 3 天')
  })

  it('makes request ids the server accepts, different each time', () => {
    const a = newRequestId()
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(newRequestId()).not.toBe(a)
  })
})
