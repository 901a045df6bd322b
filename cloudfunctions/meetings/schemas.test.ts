import { schemas } from './schemas'

/** rule.set's weekday became a literal union (so its type is exactly ThemeDayRule's); what it accepts and the message did not change. */
describe('meetings schemas: rule.set weekday', () => {
  const rule = (weekday: unknown) => ({ unitId: 'u-1', rule: { nth: 2, weekday, time: '15:00', durationMinutes: 120, place: '党员活动室', form: '线下' } })

  it('accepts 周一 to 周日', () => {
    for (const weekday of [1, 2, 3, 4, 5, 6, 7]) expect(schemas['rule.set'].safeParse(rule(weekday)).success).toBe(true)
  })

  it('refuses anything else with the same message', () => {
    for (const weekday of [0, 8, -1, 1.5, '3', null]) {
      const parsed = schemas['rule.set'].safeParse(rule(weekday))
      expect(parsed.success).toBe(false)
      expect(parsed.error?.issues[0]).toMatchObject({ path: ['rule', 'weekday'], message: '请选择星期' })
    }
  })
})
