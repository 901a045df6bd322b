import type { MemberRow, ParticipationRow } from '../../contract/dashboard-api'
import { periodKeys } from './periods'
import { heldOnly, memberHeldOnly, NO_UPCOMING, periodRange } from './unheld'

const row = (fields: Partial<ParticipationRow>): ParticipationRow => ({
  unitId: 'b1',
  unitName: '第一支部',
  unitType: 'branch',
  drillable: true,
  notices: 0,
  noticeAssigned: 0,
  noticeRead: 0,
  noticeAnswered: 0,
  meetingsHeld: 0,
  meetingInvited: 0,
  present: 0,
  late: 0,
  leave: 0,
  absent: 0,
  madeUp: 0,
  scheduleChanges: 0,
  upcoming: NO_UPCOMING,
  ...fields
})

describe('held meetings only', () => {
  it('takes a meeting not yet held out of the figures and shows it as upcoming', () => {
    const shown = heldOnly(row({ present: 5, leave: 2, meetingsHeld: 1, meetingInvited: 8 }), {
      meetings: 1,
      started: 0,
      invited: 6,
      present: 0,
      late: 0,
      leave: 1,
      absent: 0,
      madeUp: 0
    })
    expect(shown).toMatchObject({ present: 5, leave: 1, meetingsHeld: 1, meetingInvited: 8, upcoming: { meetings: 1, leave: 1, invited: 6, checkedIn: 0 } })
  })

  it('leaves a period with every meeting held as it is', () => {
    expect(heldOnly(row({ present: 3 }), undefined)).toMatchObject({ present: 3, upcoming: NO_UPCOMING })
  })

  it('does the same for a member, keeping their leave to come apart', () => {
    const member: MemberRow = {
      memberId: 'p',
      name: '甲',
      noticeRead: 1,
      noticeAnswered: 1,
      present: 1,
      late: 0,
      leave: 1,
      absent: 0,
      madeUp: 0,
      upcomingLeave: 0
    }
    expect(memberHeldOnly(member, { present: 0, late: 0, leave: 1, absent: 0, madeUp: 0 })).toMatchObject({ present: 1, leave: 0, upcomingLeave: 1 })
  })
})

describe('periodRange', () => {
  it('covers exactly the instants keyed to the period, in Shanghai', () => {
    for (const key of ['W2026-48', 'W2026-53', 'M2026-12', 'Q2026-4', 'Y2026']) {
      const { from, to } = periodRange(key)
      const kind = ({ W: 'week', M: 'month', Q: 'quarter', Y: 'year' } as const)[key[0] as 'W' | 'M' | 'Q' | 'Y']
      expect(periodKeys(from)[kind]).toBe(key)
      expect(periodKeys(new Date(to.getTime() - 1))[kind]).toBe(key)
      expect(periodKeys(to)[kind]).not.toBe(key)
      expect(periodKeys(new Date(from.getTime() - 1))[kind]).not.toBe(key)
    }
  })
})
