import { heldIncrements } from './held-counts'

describe('heldIncrements', () => {
  const meeting = { type: 'collective_study' as const, noticeId: 'n-2026-3', startAt: new Date('2026-11-10T02:00:00Z') }

  it('counts the meeting once per period bucket of each unit, with its invited members', () => {
    const groups = heldIncrements(meeting, [{ unitId: 'b1', invited: 12 }])
    const deltas = groups.flatMap((g) => g.ids.map((id) => ({ id, delta: g.delta })))
    const month = deltas.find((d) => d.id.includes('M2026-11'))
    expect(month?.delta).toMatchObject({ meetingsHeld: 1, meetingInvited: 12, 'held.collective_study': 1, 'held.thematic_discussion': 1 })
  })

  it('adds the month of the year bucket by category, once', () => {
    const groups = heldIncrements(meeting, [{ unitId: 'b1', invited: 3 }])
    const year = groups.flatMap((g) => g.ids.filter((id) => id.endsWith('Y2026')).map(() => g.delta))
    const merged = Object.assign({}, ...year)
    expect(merged).toMatchObject({ 'heldByMonth.collective_study.11': 1, 'heldByMonth.thematic_discussion.11': 1, meetingsHeld: 1 })
  })

  it('plans nothing for a meeting counted for no unit', () => {
    expect(heldIncrements(meeting, [])).toEqual([])
  })
})
