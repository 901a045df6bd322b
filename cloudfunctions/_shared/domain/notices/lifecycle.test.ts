import { correctionChanges, groupText, studyDayPassed, withdrawAllowed } from './lifecycle'

const at = (iso: string) => new Date(iso)
const schedule = [{ date: '2026-12-10' }, { date: '2026-12-03' }]

describe('a notice later life', () => {
  it('is in the past once its first study day is before today in Shanghai', () => {
    expect(studyDayPassed(schedule, at('2026-12-03T15:00:00Z'))).toBe(false) // 23:00 on the 3rd in Shanghai
    expect(studyDayPassed(schedule, at('2026-12-03T16:00:00Z'))).toBe(true) // 00:00 on the 4th
    expect(studyDayPassed([{ date: null }], at('2030-01-01T00:00:00Z'))).toBe(false)
  })

  it('may be withdrawn until its study day', () => {
    expect(withdrawAllowed(schedule, at('2026-12-02T15:59:00Z'))).toBe(true)
    expect(withdrawAllowed(schedule, at('2026-12-02T16:00:00Z'))).toBe(false)
  })

  it('names what a correction changes and refuses adding or removing', () => {
    const current = { theme: '主题', materials: [{ title: 'A', fullText: null }], discussion: ['一', '二'] }
    expect(correctionChanges(current, { ...current, theme: '主题 ', discussion: ['一', '贰'] })).toEqual({ changed: ['主题', '讨论题 2'] })
    expect(correctionChanges(current, { ...current, discussion: ['一'] })).toHaveProperty('refused')
    expect(correctionChanges(current, current)).toEqual({ refused: '没有需要更正的内容' })
  })

  it('writes a group text naming who was not reached', () => {
    const text = groupText({ title: '2026年第9期', date: '2026-12-10', names: ['张三', '李四'], link: 'L', kind: 'remind' })
    expect(text).toContain('@张三 @李四')
    expect(text).toContain('2026-12-10')
  })
})
