import { DEFAULT_QUOTAS } from '../../contract/dashboard-rules'
import { completedMonths, evaluateQuotas, missingSummary } from './quotas'

const held = (studies: number[]) => ({
  held: { collective_study: studies.length, theme_day: 2 },
  heldByMonth: { collective_study: Object.fromEntries(studies.map((m) => [String(m), 1])) }
})

describe('yearly quotas against the calendar', () => {
  it('counts only months that are over', () => {
    expect(completedMonths(2026, 2026, 10)).toBe(9)
    expect(completedMonths(2025, 2026, 1)).toBe(12)
    expect(completedMonths(2027, 2026, 5)).toBe(0)
  })

  it('shows a branch with 5 collective studies by October behind, naming the months', () => {
    const items = evaluateQuotas(DEFAULT_QUOTAS, held([1, 2, 3, 4, 5]), completedMonths(2026, 2026, 10))
    const study = items.find((i) => i.key === 'collectiveStudy')!
    expect(study).toMatchObject({ done: 5, expectedByNow: 9, target: 12, behind: true, detail: '6月、7月、8月、9月没有集体学习' })
    expect(items.find((i) => i.key === 'memberActivity')).toMatchObject({ done: 2, expectedByNow: 2, behind: false })
    expect(items.find((i) => i.key === 'partyLecture')).toMatchObject({ expectedByNow: 1, behind: true })
    expect(items.find((i) => i.key === 'specialLifeMeeting')).toMatchObject({ expectedByNow: 0, behind: false })
    expect(missingSummary(items)).toBe('集体学习差4次，专题研讨差3次，七一前后党课差1次')
  })

  it('is not behind once caught up, and asks nothing in January', () => {
    const caughtUp = evaluateQuotas(DEFAULT_QUOTAS, held([1, 2, 3, 4, 5, 6, 7, 8, 9]), 9)
    expect(caughtUp.find((i) => i.key === 'collectiveStudy')!.behind).toBe(false)
    expect(evaluateQuotas(DEFAULT_QUOTAS, held([]), 0).some((i) => i.behind)).toBe(false)
  })

  it('follows the committee’s own settings', () => {
    const relaxed = { ...DEFAULT_QUOTAS, collectiveStudy: { perYear: 8, monthly: false } }
    expect(evaluateQuotas(relaxed, held([1, 2, 3, 4, 5, 6]), 9).find((i) => i.key === 'collectiveStudy')).toMatchObject({
      expectedByNow: 6,
      target: 8,
      behind: false
    })
  })
})
