import type { HistoryItem } from '@contract/me'
import { historyLines } from './history-lines'

const base: HistoryItem = {
  meetingId: 'm1',
  title: '五月党员大会',
  type: 'general_meeting',
  unitName: '教工第一党支部',
  startAt: '2026-05-14T07:00:00.000Z',
  status: 'present',
  checkedInAt: '2026-05-14T06:55:00.000Z',
  method: 'scan',
  leave: null,
  makeup: null
}

describe('historyLines', () => {
  it('says when, what and how I checked in', () => {
    const lines = historyLines(base)
    expect(lines[0]).toContain('党员大会 · 教工第一党支部')
    expect(lines[1]).toMatch(/^出席 · 扫码签到 /)
  })

  it('says how my leave was decided and where my 补学 stands', () => {
    const lines = historyLines({
      ...base,
      status: 'leave',
      checkedInAt: null,
      method: null,
      leave: { reason: '出差', requestedAt: base.startAt, decision: 'approved', comment: '请按时补学', decidedAt: base.startAt },
      makeup: { dueAt: '2026-05-28T07:00:00.000Z', reflection: null, completedAt: null }
    })
    expect(lines.slice(1, 3)).toEqual(['请假', '请假：出差 · 已批准（请按时补学）'])
    expect(lines[3]).toMatch(/^补学：待完成，.* 前提交$/)
  })

  it('keeps a meeting deleted since, without a type', () => {
    expect(historyLines({ ...base, type: null, title: '会议（已删除）' })[0]).not.toContain('null')
  })
})
