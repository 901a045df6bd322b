import type { BranchQuotas, QuotaProgress } from '@contract/dashboard-api'
import { DEFAULT_QUOTAS } from '@contract/dashboard-rules'
import { countFromProblem, quotaFormFrom, quotaSettingsFrom, sameSettings, targetInForce, toggleMonth } from './quota-form'
import { branchesBehind, countFromText, doneWidth, expectedWidth, quotasSummary, quotaText } from './quota-view'

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

describe('quota start date and targets in force', () => {
  it('takes a real date or none', () => {
    const form = quotaFormFrom(DEFAULT_QUOTAS)
    expect(quotaSettingsFrom({ ...form, countFrom: '2026-09-01' }).settings?.countFrom).toBe('2026-09-01')
    expect(quotaSettingsFrom({ ...form, countFrom: ' ' }).settings?.countFrom).toBeNull()
    expect(countFromProblem('2026-02-30')).toBe('请选择一个有效日期（YYYY-MM-DD），或清除')
    expect(countFromProblem('1999-12-31')).toBe('请选择 2000 年到 2100 年之间的日期')
    expect(quotaSettingsFrom({ ...form, countFrom: '2026/09/01' }).problems).toEqual(['起算日期：请选择一个有效日期（YYYY-MM-DD），或清除'])
  })

  it('shows the target the switch puts in force', () => {
    const form = { ...quotaFormFrom(DEFAULT_QUOTAS), perYear: { ...quotaFormFrom(DEFAULT_QUOTAS).perYear, collectiveStudy: '8' } }
    expect(targetInForce({ ...form, monthly: true }, 'collectiveStudy')).toBe('要求 12 次：每月 1 次 × 12 = 12（按月开展已开启，高于设置的全年 8 次）')
    expect(targetInForce({ ...form, monthly: false }, 'collectiveStudy')).toBe('要求 8 次：全年 8 次（按月开展未开启）')
    expect(targetInForce({ ...form, perYear: { ...form.perYear, collectiveStudy: 'x' } }, 'collectiveStudy')).toBeNull()
  })

  it('says from when each branch counts, and who is not counted yet', () => {
    const branch = (countFrom: string | null, reason: string, behind: BranchQuotas['behind'] = []): BranchQuotas => ({
      unitId: 'b',
      unitName: 'b',
      year: 2027,
      countFrom,
      countFromReason: reason,
      items: [],
      behind
    })
    expect(countFromText(branch('2027-04-01', '支部于2027年3月开始使用本系统（当月不计）'))).toBe(
      '自 2027年4月1日 起计算（支部于2027年3月开始使用本系统（当月不计））'
    )
    expect(countFromText(branch(null, '支部尚未开始使用本系统，暂不计算'))).toBe('暂不计算：支部尚未开始使用本系统，暂不计算')
    expect(quotasSummary([branch(null, 'x'), branch('2027-01-01', 'y')])).toBe('2 个党支部均未落后于年度要求进度；1 个尚未开始计算')
    expect(quotasSummary([branch('2027-01-01', 'y', ['collectiveStudy'])])).toBe('1 个党支部中 1 个落后于年度要求进度')
  })
})
