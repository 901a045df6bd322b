import { DEFAULT_QUOTAS } from '../../contract/dashboard-rules'
import { completedMonths, countedMonths, countFromOf, evaluateQuotas, missingSummary } from './quotas'

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

  it('shows the target in force and why: the monthly switch raises 8 to 12', () => {
    const study = evaluateQuotas(DEFAULT_QUOTAS, held([]), 0).find((i) => i.key === 'collectiveStudy')!
    expect(study).toMatchObject({ target: 12, targetReason: '每月 1 次 × 12 = 12（按月开展已开启，高于设置的全年 8 次）' })
    const relaxed = { ...DEFAULT_QUOTAS, collectiveStudy: { perYear: 8, monthly: false } }
    expect(evaluateQuotas(relaxed, held([]), 0).find((i) => i.key === 'collectiveStudy')).toMatchObject({
      target: 8,
      targetReason: '全年 8 次（按月开展未开启）'
    })
  })
})

describe('quotas count from the day the branch started', () => {
  it('counts only whole months on or after the start that are over', () => {
    expect(countedMonths(2026, { year: 2026, month: 12 }, '2026-12-06')).toEqual([])
    expect(countedMonths(2026, { year: 2026, month: 12 }, '2026-09-01')).toEqual([9, 10, 11])
    expect(countedMonths(2026, { year: 2026, month: 12 }, '2026-09-02')).toEqual([10, 11])
    expect(countedMonths(2026, { year: 2027, month: 3 }, '2025-05-05')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(countedMonths(2025, { year: 2026, month: 3 }, '2026-01-01')).toEqual([])
  })

  it('is behind on nothing on a fresh install in December', () => {
    const items = evaluateQuotas(DEFAULT_QUOTAS, held([]), countedMonths(2026, { year: 2026, month: 12 }, '2026-12-06'))
    expect(items.filter((i) => i.behind)).toEqual([])
  })

  it('asks only for the months since the start, naming those missed', () => {
    const items = evaluateQuotas(DEFAULT_QUOTAS, held([10]), countedMonths(2026, { year: 2026, month: 12 }, '2026-09-15'))
    expect(items.find((i) => i.key === 'collectiveStudy')).toMatchObject({ done: 1, expectedByNow: 2, behind: true, detail: '11月没有集体学习' })
    expect(items.find((i) => i.key === 'partyLecture')).toMatchObject({ expectedByNow: 0, behind: false })
    expect(items.find((i) => i.key === 'thematicDiscussion')).toMatchObject({ expectedByNow: 0 })
  })

  it('counts from the 组织部’s date, or the month after the first activity', () => {
    expect(countFromOf('2026-01-01', null, '2026-12')).toEqual({ countFrom: '2027-01-01', reason: '支部于2026年12月开始使用本系统（当月不计）' })
    expect(countFromOf('2026-01-01', '2026-09-01', '2026-12')).toEqual({ countFrom: '2026-09-01', reason: '组织部设定的起算日期' })
    expect(countFromOf('2026-03-05', '2026-01-01', null).countFrom).toBe('2026-03-05')
    expect(countFromOf('2026-01-01', null, null).countFrom).toBeNull()
  })
})
