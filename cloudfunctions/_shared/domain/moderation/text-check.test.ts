import { decide, isVisibleToOthers, moderationLabel, needsCheck, pieces, textVersion, wordsOf, worstSuggest } from './text-check'

describe('content security rules', () => {
  test('pieces: ≤ 2500 characters each, code points kept whole, blanks skipped', () => {
    expect(pieces([])).toEqual([])
    expect(pieces(['', '  '])).toEqual([])
    expect(pieces(['一', '二'])).toEqual(['一\n\n二'])
    const long = '学'.repeat(2500) + '习'.repeat(10)
    expect(pieces([long]).map((p) => Array.from(p).length)).toEqual([2500, 10])
    const emoji = '😀'.repeat(3)
    expect(pieces([emoji], 2)).toEqual(['😀😀', '😀'])
  })

  test('version: same parts same version; order and content matter', () => {
    expect(textVersion(['a', 'b'])).toBe(textVersion(['a', 'b']))
    expect(textVersion(['a', 'b'])).not.toBe(textVersion(['b', 'a']))
    expect(textVersion(['ab'])).not.toBe(textVersion(['a', 'b']))
  })

  test('worst suggest and decision', () => {
    expect(worstSuggest(['pass', 'review', 'pass'])).toBe('review')
    expect(worstSuggest(['review', 'risky'])).toBe('risky')
    expect(worstSuggest([])).toBe('pass')
    expect(decide({ ok: true, suggest: 'risky' })).toEqual({ refuse: true })
    expect(decide({ ok: true, suggest: 'review' })).toEqual({ refuse: false, status: 'held' })
    expect(decide({ ok: true, suggest: 'pass' })).toEqual({ refuse: false, status: 'clear' })
    expect(decide({ ok: false, reason: 'timeout' })).toEqual({ refuse: false, status: 'unchecked' })
  })

  test('a decided version is never checked again; an unchecked one is', () => {
    const v = textVersion(['x'])
    expect(needsCheck(null, v)).toBe(true)
    expect(needsCheck({ version: v, status: 'clear' }, v)).toBe(false)
    expect(needsCheck({ version: v, status: 'held' }, v)).toBe(false)
    expect(needsCheck({ version: v, status: 'unchecked' }, v)).toBe(true)
    expect(needsCheck({ version: 'other', status: 'clear' }, v)).toBe(true)
  })

  test('visibility and labels', () => {
    expect(isVisibleToOthers(undefined)).toBe(true)
    expect(isVisibleToOthers({ version: 'v', status: 'held' })).toBe(false)
    expect(moderationLabel({ version: 'v', status: 'unchecked' })).toBe('审核中')
    expect(moderationLabel({ version: 'v', status: 'returned' })).toMatch(/未通过/)
    expect(moderationLabel({ version: 'v', status: 'clear' })).toBeNull()
    expect(wordsOf(['a', null, undefined, ' ', 'b'])).toEqual(['a', 'b'])
  })
})
