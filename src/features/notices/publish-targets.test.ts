import type { NoticeSummary } from '@contract/notices-api'
import type { UnitView } from '@contract/org'
import { issueLabel } from '@/lib/notice-naming'
import { isPastStudy, pushableNotices } from './format'
import { isWholeTree, reachOf, selectableUnits, targetIds, tickState, toggleUnit, wholeTree } from './publish-targets'

function unit(id: string, type: UnitView['type'], parent: UnitView | null, memberCount = 6, directlyAttached = false): UnitView {
  return { id, name: id, type, parentId: parent?.id ?? null, pathIds: [...(parent?.pathIds ?? []), id], directlyAttached, memberCount }
}

// The demo's shape: a 党委, two 党总支 (3 + 2 branches), one 直属党支部, one 党小组.
const committee = unit('c', 'committee', null, 1)
const gbStaff = unit('gb-staff', 'general_branch', committee, 1)
const gbStudent = unit('gb-student', 'general_branch', committee, 1)
const direct = unit('b-direct', 'branch', committee, 6, true)
const staff1 = unit('b-staff-1', 'branch', gbStaff)
const group = unit('g-staff-1', 'group', staff1, 0)
const staff2 = unit('b-staff-2', 'branch', gbStaff)
const staff3 = unit('b-staff-3', 'branch', gbStaff)
const student1 = unit('b-student-1', 'branch', gbStudent)
const student2 = unit('b-student-2', 'branch', gbStudent)
const units = [committee, gbStaff, gbStudent, direct, staff1, group, staff2, staff3, student1, student2]

describe('publish targets', () => {
  const selectable = selectableUnits(units, 'c')

  it('offers 党总支 and 党支部 (not the 党委 or 党小组), parents before children', () => {
    const ids = selectable.map((u) => u.id)
    expect(ids).toHaveLength(8)
    expect(ids).not.toContain('c')
    expect(ids).not.toContain('g-staff-1')
    expect(ids.indexOf('gb-staff')).toBeLessThan(ids.indexOf('b-staff-1'))
  })

  it('starts as the whole tree: no unitIds', () => {
    const all = wholeTree(selectable)
    expect(isWholeTree(all, selectable)).toBe(true)
    expect(reachOf(units, ['c'])).toEqual({ branches: 6, members: 39 })
  })

  it('a 党总支 covers its branches and is sent as itself', () => {
    const chosen = toggleUnit(new Set(), gbStaff, selectable)
    expect([...chosen].sort()).toEqual(['b-staff-1', 'b-staff-2', 'b-staff-3', 'gb-staff'])
    expect(targetIds(chosen, selectable)).toEqual(['gb-staff'])
    expect(reachOf(units, targetIds(chosen, selectable))).toEqual({ branches: 3, members: 19 })
    expect(isWholeTree(chosen, selectable)).toBe(false)
  })

  it('unticking a branch unticks its 党总支; ticking it back ticks the 党总支 again', () => {
    const chosen = toggleUnit(toggleUnit(new Set(), gbStaff, selectable), staff2, selectable)
    expect(tickState(gbStaff, chosen, selectable)).toBe('some')
    expect(targetIds(chosen, selectable).sort()).toEqual(['b-staff-1', 'b-staff-3'])
    const again = toggleUnit(chosen, staff2, selectable)
    expect(tickState(gbStaff, again, selectable)).toBe('all')
    expect(targetIds(again, selectable)).toEqual(['gb-staff'])
  })

  it('everything ticked one by one is the whole tree again', () => {
    let chosen = new Set<string>()
    for (const each of [direct, staff1, staff2, staff3, student1, student2]) chosen = toggleUnit(chosen, each, selectable)
    expect(isWholeTree(chosen, selectable)).toBe(true)
  })
})

describe('工作台 push cards', () => {
  const now = new Date('2026-05-20T00:00:00Z')
  const notice = (id: string, publishedAt: string | null, status: NoticeSummary['status'] = 'published'): NoticeSummary => ({
    id,
    title: id,
    year: 2026,
    issueNo: 9,
    theme: '',
    status,
    firstDate: null,
    publishedAt,
    correctedAt: null,
    withdrawnAt: null
  })

  it('shows published notices of the last 30 days, newest first, at most three', () => {
    const items = [
      notice('old', '2026-04-10T00:00:00Z'),
      notice('draft', null, 'draft'),
      notice('a', '2026-05-01T00:00:00Z'),
      notice('b', '2026-05-19T00:00:00Z'),
      notice('c', '2026-05-10T00:00:00Z'),
      notice('d', '2026-05-02T00:00:00Z')
    ]
    expect(pushableNotices(items, now).map((n) => n.id)).toEqual(['b', 'c', 'd'])
    expect(issueLabel(items[0])).toBe('2026年第9期')
  })

  it('offers no push for a notice whose study day has passed (published on purpose as 往期学习)', () => {
    const items = [
      { ...notice('past', '2026-05-19T00:00:00Z'), firstDate: '2020-03-12' },
      { ...notice('yesterday', '2026-05-18T00:00:00Z'), firstDate: '2026-05-19' },
      { ...notice('today', '2026-05-17T00:00:00Z'), firstDate: '2026-05-20' },
      notice('undated', '2026-05-16T00:00:00Z')
    ]
    expect(pushableNotices(items, now).map((n) => n.id)).toEqual(['today', 'undated'])
    expect(isPastStudy('2026-05-19', now)).toBe(true)
    expect(isPastStudy('2026-05-20', now)).toBe(false)
    expect(isPastStudy(null, now)).toBe(false)
  })
})
