import { periodKeys } from './periods'
import { leavingKeys, periodMove, periodMoveMarker } from './meeting-period-move'

const from = periodKeys(new Date('2026-11-10T02:00:00Z'))
const sameWeek = periodKeys(new Date('2026-11-11T02:00:00Z'))
const nextMonth = periodKeys(new Date('2026-12-08T02:00:00Z'))
const unit = (fields: Partial<Record<'present' | 'late' | 'leave' | 'absent' | 'madeUp', number>>) => ({
  unitId: 'b1',
  present: 0,
  late: 0,
  leave: 0,
  absent: 0,
  madeUp: 0,
  ...fields
})
const state = { _id: 'm1:p1', memberId: 'p1', unitPath: '/c/b1/', groupId: null, status: 'leave', makeup: null, countedAs: { leave: 1 } }

describe('periodMove', () => {
  it('moves nothing within the same periods', () => {
    expect(leavingKeys(from, sameWeek)).toEqual([])
  })

  it('takes what the units counted from the periods left to those entered, the year staying', () => {
    const { groups } = periodMove(from, nextMonth, [unit({ leave: 2 })], [])
    const delta = (id: string) => groups.find((g) => g.ids.includes(id))?.delta
    expect(delta('b1:M2026-11')).toEqual({ leave: -2 })
    expect(delta('b1:M2026-12')).toEqual({ leave: 2 })
    expect(delta('b1:Y2026')).toBeUndefined()
  })

  it('moves a member’s counted status in their year document, creating it if needed', () => {
    const { groups, creates } = periodMove(from, nextMonth, [], [state])
    expect(groups.find((g) => g.ids.includes('p1:Y2026'))?.delta).toMatchObject({ 'periods.M2026-11.leave': -1, 'periods.M2026-12.leave': 1 })
    expect(creates).toEqual([{ collection: 'memberStats', id: 'p1:Y2026', fields: { memberId: 'p1', unitPath: '/c/b1/', year: 'Y2026', periods: {} } }])
  })

  it('skips units and members that counted nothing', () => {
    expect(periodMove(from, nextMonth, [unit({})], [{ ...state, status: 'pending', countedAs: {} }])).toEqual({ groups: [], creates: [] })
  })

  it('names the move by meeting and both times, without dots', () => {
    expect(periodMoveMarker('m1', from, nextMonth)).not.toContain('.')
  })
})
