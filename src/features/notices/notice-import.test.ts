import type { NoticeDraft } from '@contract/notices-api'
import type { UnitView } from '@contract/org'
import { namesText, planOf, previewTitle, summaryOf } from './notice-import'

function unit(id: string, type: UnitView['type'], parent: UnitView | null, memberCount = 5): UnitView {
  return { id, name: id, type, parentId: parent?.id ?? null, pathIds: [...(parent?.pathIds ?? []), id], directlyAttached: false, memberCount }
}

// A 党委 with one 党总支 of two branches and a third branch under the 党总支's sibling.
const committee = unit('c', 'committee', null, 1)
const general = unit('gb', 'general_branch', committee, 1)
const first = unit('b-1', 'branch', general)
const second = unit('b-2', 'branch', general)
const other = unit('b-3', 'branch', committee)
const units = [committee, general, first, second, other]

describe('planOf', () => {
  it('is the whole tree (no unitIds) while the selection was never changed', () => {
    const plan = planOf(units, 'c', null)
    expect(plan.unitIds).toBeUndefined()
    expect(plan.names).toEqual([])
    expect(plan.branches).toBe(3)
  })

  it('is the whole tree when everything selectable is ticked', () => {
    expect(planOf(units, 'c', new Set(['gb', 'b-1', 'b-2', 'b-3'])).unitIds).toBeUndefined()
  })

  it('names the chosen units and counts only their branches', () => {
    const plan = planOf(units, 'c', new Set(['b-1', 'b-3']))
    expect(plan.unitIds).toEqual(['b-1', 'b-3'])
    expect(plan.names).toEqual(['b-1', 'b-3'])
    expect(plan.branches).toBe(2)
    expect(plan.members).toBe(10)
  })
})

describe('namesText', () => {
  it('lists up to three names, then counts the rest', () => {
    expect(namesText(['甲', '乙', '丙'])).toBe('甲、乙、丙')
    expect(namesText(['甲', '乙', '丙', '丁'])).toBe('甲、乙、丙等 4 个组织')
  })
})

describe('previewTitle', () => {
  it('is the notice title once year and issue are numbers, a placeholder before', () => {
    expect(previewTitle({ year: '2026', issueNo: '9' })).toBe('党员学习教育安排 2026年第9期')
    expect(previewTitle({ year: '2026', issueNo: '' })).toBe('学习教育安排（期号待补）')
    expect(previewTitle(null)).toBe('学习教育安排（期号待补）')
  })
})

describe('summaryOf', () => {
  it('describes a reopened draft as saveDraft would', () => {
    const draft = { year: 2026, issueNo: 9, theme: '主题', schedule: [{ date: null }, { date: '2026-03-02' }] } as unknown as NoticeDraft
    expect(summaryOf('n-1', draft)).toEqual({
      id: 'n-1',
      title: '党员学习教育安排 2026年第9期',
      year: 2026,
      issueNo: 9,
      theme: '主题',
      status: 'draft',
      firstDate: '2026-03-02',
      publishedAt: null,
      withdrawnAt: null,
      correctedAt: null
    })
  })
})
