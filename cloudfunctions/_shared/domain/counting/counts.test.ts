import { addInto, countedOf, isZero, markChanged, planIncrements, subtract } from './counts'
import { attendanceContribution, attendanceMoves, noticeContribution, noticeMoves } from './lanes'

describe('the counting ledger', () => {
  it('moves a record by what it contributes now minus what the counters hold for it', () => {
    expect(subtract({ present: 1 }, {})).toEqual({ present: 1 })
    expect(subtract({ absent: 1, madeUp: 1 }, { absent: 1 })).toEqual({ madeUp: 1 })
    expect(subtract({ leave: 1 }, { present: 1 })).toEqual({ leave: 1, present: -1 })
    expect(isZero(subtract({ read: 1 }, { read: 1 }))).toBe(true)
    expect(addInto({ read: 1 }, { read: 2, answered: 1 })).toEqual({ read: 3, answered: 1 })
  })

  it('takes a record from before the ledger as counted the way it stood', () => {
    const legacy = { _id: 'r', readAt: new Date(), submittedAt: null }
    expect(countedOf(legacy, noticeContribution)).toEqual({ read: 1 })
    expect(markChanged(legacy, true, noticeContribution)).toEqual({ version: 1, dirty: true, countedAs: { read: 1 } })
    expect(markChanged({ _id: 'r', version: 4, countedAs: { read: 1 }, readAt: null, submittedAt: null }, true, noticeContribution)).toEqual({
      version: 5,
      dirty: true,
      countedAs: { read: 1 }
    })
    expect(markChanged({ _id: 'n', readAt: null, submittedAt: null }, false, noticeContribution)).toEqual({ version: 1, dirty: true, countedAs: {} })
  })

  it('sums moves per document and groups documents that take the same delta into one update', () => {
    const groups = planIncrements([
      { collection: 'unitStats', id: 'b1:Y2026', delta: { present: 1 } },
      { collection: 'unitStats', id: 'b2:Y2026', delta: { present: 1 } },
      { collection: 'unitStats', id: 'gb:Y2026', delta: { present: 1 } },
      { collection: 'unitStats', id: 'gb:Y2026', delta: { present: 1 } },
      { collection: 'meetingUnits', id: 'm:b1', delta: { present: 1, leave: -1 } },
      { collection: 'meetingUnits', id: 'm:b2', delta: { present: 1 } },
      { collection: 'meetingUnits', id: 'm:b2', delta: { present: -1 } }
    ])
    expect(groups).toEqual([
      { collection: 'unitStats', ids: ['b1:Y2026', 'b2:Y2026'], delta: { present: 1 } },
      { collection: 'unitStats', ids: ['gb:Y2026'], delta: { present: 2 } },
      { collection: 'meetingUnits', ids: ['m:b1'], delta: { present: 1, leave: -1 } }
    ])
  })
})

describe('what a record contributes, and where it goes', () => {
  it('counts one final attendance status and a finished 补学', () => {
    expect(attendanceContribution({ status: 'pending', makeup: null })).toEqual({})
    expect(attendanceContribution({ status: 'leave_requested', makeup: null })).toEqual({})
    expect(attendanceContribution({ status: 'absent', makeup: { completedAt: new Date() } })).toEqual({ absent: 1, madeUp: 1 })
    expect(noticeContribution({ readAt: new Date(), submittedAt: new Date() })).toEqual({ read: 1, answered: 1 })
  })

  it("sends an attendance change to every unit above the member (and the 党小组 of a group meeting), its buckets and the member's year", () => {
    const meeting = { _id: 'm', unitType: 'group', startAt: new Date('2026-03-10T07:00:00Z') }
    const moves = attendanceMoves(meeting, { memberId: 'x', unitPath: '/c/gb/b/', groupId: 'g', status: 'present', makeup: null }, { present: 1 })
    expect(moves.filter((m) => m.collection === 'meetingUnits').map((m) => m.id)).toEqual(['m:c', 'm:gb', 'm:b', 'm:g'])
    expect(moves.filter((m) => m.collection === 'unitStats')).toHaveLength(16)
    expect(moves.find((m) => m.collection === 'memberStats')).toEqual({
      collection: 'memberStats',
      id: 'x:Y2026',
      delta: { 'periods.W2026-11.present': 1, 'periods.M2026-03.present': 1, 'periods.Q2026-1.present': 1, 'periods.Y2026.present': 1 }
    })
  })

  it("names a notice's bucket fields as the dashboard reads them", () => {
    const moves = noticeMoves(
      { _id: 'n', periodAt: new Date('2026-03-10T07:00:00Z') },
      { memberId: 'x', unitPath: '/c/b/', readAt: new Date(), submittedAt: null },
      { read: 1 }
    )
    expect(moves.find((m) => m.id === 'n:b')).toEqual({ collection: 'noticeUnits', id: 'n:b', delta: { read: 1 } })
    expect(moves.find((m) => m.id === 'b:Y2026')?.delta).toEqual({ noticeRead: 1 })
  })
})
