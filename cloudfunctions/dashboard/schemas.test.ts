import { schemas } from './schemas'

describe('dashboard schemas', () => {
  it('takes only real calendar days, for a period and for the quotas start date', () => {
    expect(schemas['dashboard.view'].safeParse({ scope: { period: 'month', day: '2026-02-28' } }).success).toBe(true)
    expect(schemas['dashboard.view'].safeParse({ scope: { period: 'month', day: '2026-02-30' } }).success).toBe(false)
    const settings = {
      collectiveStudy: { perYear: 12, monthly: true },
      thematicDiscussion: { perYear: 4, quarterly: true },
      memberActivity: { perYear: 4 },
      partyLecture: { perYear: 1, months: [7] },
      specialLifeMeeting: { perYear: 1 },
      democraticEvaluation: { perYear: 1 },
      educationDaysPerMember: 5
    }
    const countFrom = (day: string) => schemas['quotas.set'].safeParse({ settings: { ...settings, countFrom: day } })
    expect(countFrom('2026-03-01').success).toBe(true)
    expect(countFrom('2026-02-30').success).toBe(false)
    expect(countFrom('2026-02-30').error?.issues[0].message).toBe('不是有效的日期')
  })
})
