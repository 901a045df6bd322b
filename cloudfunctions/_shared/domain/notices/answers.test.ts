import { answersClosedMessage, answersEditable, withMaterialRead } from './answers'

const deadline = new Date('2026-03-10T16:00:00Z')

describe('answersEditable', () => {
  it('is open without a deadline', () => expect(answersEditable(null, null, new Date('2030-01-01'))).toBe(true))
  it('is open up to and at the deadline, closed after', () => {
    expect(answersEditable(deadline, 'pending', deadline)).toBe(true)
    expect(answersEditable(deadline, 'returned', new Date(deadline.getTime() + 1))).toBe(false)
  })
  it('is closed once accepted, even before the deadline', () => expect(answersEditable(deadline, 'accepted', new Date(0))).toBe(false))
  it('names the reason', () => {
    expect(answersClosedMessage('accepted')).toContain('批阅')
    expect(answersClosedMessage(null)).toContain('截止')
  })
})

describe('withMaterialRead', () => {
  it('adds a material once and keeps the order', () => {
    expect(withMaterialRead([2, 0], 1)).toEqual([0, 1, 2])
    expect(withMaterialRead([0, 1], 1)).toEqual([0, 1])
  })
})
