import type { ParticipationRow } from '../../contract/dashboard-api'
import { loadBuffer } from '../../../../test/support/builders/workbook'
import { participationWorkbook, trendWorkbook } from './workbook'

const row = (name: string, read: number): ParticipationRow => ({
  unitId: name,
  unitName: name,
  unitType: 'branch',
  drillable: true,
  notices: 2,
  noticeAssigned: 20,
  noticeRead: read,
  noticeAnswered: 5,
  meetingsHeld: 1,
  meetingInvited: 10,
  present: 6,
  late: 1,
  leave: 2,
  absent: 1,
  madeUp: 2,
  scheduleChanges: 0,
  upcoming: { meetings: 1, started: 0, invited: 8, leave: 1, checkedIn: 0 }
})

describe('dashboard workbook', () => {
  it('writes the screen’s columns and rounded rates', async () => {
    const buffer = await participationWorkbook('2026年11月', row('党委', 15), [row('第一支部', 7)])
    const wb = await loadBuffer(buffer)
    const sheet = wb.getWorksheet('参与情况')!
    expect(sheet.getRow(2).getCell(4).value).toBe('已学习材料率 %')
    expect(sheet.getRow(3).values).toEqual([undefined, '合计：党委', 2, 20, 75, 25, 1, 10, 90, 2, 1, 66.7, 0, 1, 1])
    expect(sheet.getRow(4).getCell(4).value).toBe(35)
  })

  it('writes the trend month by month, with the screen’s rates', async () => {
    const points = [{ month: '2026-01', noticeAssigned: 30, noticeRead: 20, noticeAnswered: 10, meetingInvited: 0, attended: 0 }]
    const sheet = (await loadBuffer(await trendWorkbook('2026年趋势', points))).getWorksheet('全年趋势')!
    expect(sheet.getRow(3).values).toEqual([undefined, '2026-01', 30, 66.7, 33.3, 0])
  })
})
