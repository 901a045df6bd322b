import type { BranchQuotas, QuotaProgress } from '@contract/dashboard-api'
import { DEFAULT_QUOTAS } from '@contract/dashboard-rules'
import { quotaFormFrom, quotaSettingsFrom, sameSettings, toggleMonth } from './quota-form'
import { branchesBehind, doneWidth, expectedWidth, quotaText } from './quota-view'

describe('quota settings form', () => {
  it('round-trips the settings', () => {
    expect(quotaSettingsFrom(quotaFormFrom(DEFAULT_QUOTAS))).toEqual({ settings: DEFAULT_QUOTAS, problems: [] })
    expect(sameSettings(DEFAULT_QUOTAS, { ...DEFAULT_QUOTAS, partyLecture: { perYear: 1, months: [7, 6] } })).toBe(true)
    expect(sameSettings(DEFAULT_QUOTAS, { ...DEFAULT_QUOTAS, educationDaysPerMember: 6 })).toBe(false)
  })

  it('reads what was typed, switches and months', () => {
    const form = quotaFormFrom(DEFAULT_QUOTAS)
    const edited = {
      ...form,
      perYear: { ...form.perYear, collectiveStudy: ' 12 ' },
      monthly: false,
      lectureMonths: toggleMonth(toggleMonth(form.lectureMonths, 6), 8),
      educationDays: '6'
    }
    const { settings } = quotaSettingsFrom(edited)
    expect(settings?.collectiveStudy).toEqual({ perYear: 12, monthly: false })
    expect(settings?.partyLecture).toEqual({ perYear: 1, months: [7, 8] })
    expect(settings?.educationDaysPerMember).toBe(6)
  })

  it('names every problem at once, with the server’s bounds', () => {
    const form = quotaFormFrom(DEFAULT_QUOTAS)
    const { settings, problems } = quotaSettingsFrom({
      ...form,
      perYear: { ...form.perYear, thematicDiscussion: '', memberActivity: '101', specialLifeMeeting: '1.5' },
      lectureMonths: [],
      educationDays: '400'
    })
    expect(settings).toBeNull()
    expect(problems).toEqual([
      '专题研讨：请填写 0 到 100 的整数',
      '党员活动（主题党日）：请填写 0 到 100 的整数',
      '专题组织生活会：请填写 0 到 100 的整数',
      '七一前后党课：请至少选择一个月份',
      '集中学习培训天数：请填写 0 到 365 的整数'
    ])
  })

  it('keeps months in calendar order', () => {
    expect(toggleMonth([7], 6)).toEqual([6, 7])
    expect(toggleMonth([6, 7], 6)).toEqual([7])
  })
})

describe('quota progress', () => {
  const item = (done: number, expectedByNow: number, target: number): QuotaProgress => ({
    key: 'collectiveStudy',
    label: '集体学习',
    done,
    expectedByNow,
    target,
    targetReason: `全年 ${target} 次`,
    behind: done < expectedByNow,
    detail: null
  })

  it('draws what is done and where the calendar is, within the bar', () => {
    expect([doneWidth(item(3, 4, 12)), expectedWidth(item(3, 4, 12))]).toEqual([25, 33])
    expect(doneWidth(item(14, 12, 12))).toBe(100)
    expect(doneWidth(item(0, 0, 0))).toBe(100)
    expect(quotaText(item(3, 4, 12))).toBe('3 / 12 次，按进度应 4 次')
  })

  it('counts the branches behind', () => {
    const branch = (behind: BranchQuotas['behind']): BranchQuotas => ({
      unitId: 'b',
      unitName: 'b',
      year: 2026,
      countFrom: '2026-01-01',
      countFromReason: '支部开始使用本系统之日',
      items: [],
      behind
    })
    expect(branchesBehind([branch(['collectiveStudy']), branch([]), branch(['partyLecture', 'memberActivity'])])).toBe(2)
  })
})
