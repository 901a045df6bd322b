import type { ParticipationRow } from '@contract/dashboard-api'
import { PARTICIPATION_COLUMNS } from '@contract/dashboard-rules'
import { showNumber, sortRows, toTableRow } from './rows'

function row(id: string, name: string, type: ParticipationRow['unitType'], read: number, assigned: number): ParticipationRow {
  return {
    unitId: id,
    unitName: name,
    unitType: type,
    drillable: true,
    notices: 1,
    noticeAssigned: assigned,
    noticeRead: read,
    noticeAnswered: 0,
    meetingsHeld: 0,
    meetingInvited: 0,
    present: 0,
    late: 0,
    leave: 0,
    absent: 0,
    madeUp: 0,
    scheduleChanges: 0,
    upcoming: { meetings: 0, started: 0, invited: 0, leave: 0, checkedIn: 0 }
  }
}

describe('dashboard table rows', () => {
  it('holds every export column, the 合计 label and where a row drills to', () => {
    const total = toTableRow(row('c', '信息工程学院党委', 'committee', 1, 4), true)
    expect(total).toMatchObject({ name: '合计：信息工程学院党委', total: true, drill: null })
    expect(Object.keys(total.values)).toEqual(PARTICIPATION_COLUMNS.map((column) => column.key))
    expect(total.values.readRate).toBe(25)
    expect(toTableRow(row('g', '教工党总支', 'general_branch', 0, 0), false).drill).toBe('units')
    expect(toTableRow(row('b', '教工第一党支部', 'branch', 0, 0), false).drill).toBe('members')
    expect(toTableRow({ ...row('b', '空支部', 'branch', 0, 0), drillable: false }, false).drill).toBeNull()
  })

  it('sorts by a column either way with nothing-to-divide-by last, and ignores unknown columns', () => {
    const rows = [row('a', '甲', 'branch', 1, 2), row('b', '乙', 'branch', 0, 0), row('c', '丙', 'branch', 2, 2)].map((r) => toTableRow(r, false))
    expect(sortRows(rows, 'readRate:desc').map((r) => r.unitId)).toEqual(['c', 'a', 'b'])
    expect(sortRows(rows, 'readRate:asc').map((r) => r.unitId)).toEqual(['a', 'c', 'b'])
    expect(sortRows(rows, 'nonsense:asc')).toBe(rows)
    expect(showNumber(null)).toBe('—')
    expect(showNumber(12.5)).toBe('12.5')
  })
})
