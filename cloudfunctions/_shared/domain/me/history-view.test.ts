import { historyItem, type StoredAttendance } from './history-view'

// As stored: the leave also says who decided (data/meeting-docs LeaveRecord).
const state: StoredAttendance = {
  meetingId: 'm1',
  startAt: new Date('2026-03-13T07:00:00Z'),
  status: 'leave',
  checkedInAt: null,
  method: null,
  leave: {
    reason: '出差',
    requestedAt: new Date('2026-03-10T01:00:00Z'),
    decision: 'approved',
    comment: null,
    decidedAt: new Date('2026-03-11T01:00:00Z'),
    decidedBy: 'secretary-id'
  } as StoredAttendance['leave'],
  makeup: { dueAt: new Date('2026-03-27T07:00:00Z'), reflection: null, completedAt: null }
}

describe('historyItem', () => {
  it('shows the member their own leave and 补学 with ISO dates, never who decided', () => {
    const item = historyItem(state, { title: '三月主题党日', type: 'theme_day', unitName: '教工第一党支部', startAt: state.startAt })
    expect(item).toEqual({
      meetingId: 'm1',
      title: '三月主题党日',
      type: 'theme_day',
      unitName: '教工第一党支部',
      startAt: '2026-03-13T07:00:00.000Z',
      status: 'leave',
      checkedInAt: null,
      method: null,
      leave: { reason: '出差', requestedAt: '2026-03-10T01:00:00.000Z', decision: 'approved', comment: null, decidedAt: '2026-03-11T01:00:00.000Z' },
      makeup: { dueAt: '2026-03-27T07:00:00.000Z', reflection: null, completedAt: null }
    })
    expect(JSON.stringify(item)).not.toContain('secretary-id')
  })

  it('keeps the record of a meeting deleted since', () => {
    const item = historyItem({ ...state, status: 'present', checkedInAt: state.startAt, method: 'scan', leave: null, makeup: null }, undefined)
    expect(item).toMatchObject({ title: '会议（已删除）', type: null, startAt: '2026-03-13T07:00:00.000Z', checkedInAt: '2026-03-13T07:00:00.000Z' })
  })
})
