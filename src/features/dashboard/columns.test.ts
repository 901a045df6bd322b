import type { MemberRow, ParticipationRow, TrendPoint } from '@contract/dashboard-api'
import { PARTICIPATION_COLUMNS } from '@contract/dashboard-rules'
import { BY_NAME, barsOf, columnOf, formatValue, membersByName, MEMBER_COLUMNS, nextOrder, shortLabel, sortRows, summaryOf, upcomingDetail } from './columns'
import { hasActivity, trendMonths } from './trend'

const row = (unitName: string, counts: Partial<ParticipationRow> = {}): ParticipationRow => ({
  unitId: `u-${unitName}`,
  unitName,
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
  upcoming: { meetings: 0, started: 0, invited: 0, leave: 0, checkedIn: 0 },
  ...counts
})

describe('dashboard columns', () => {
  it('sums a unit up with the export’s own column definitions', () => {
    const unit = row('教工第一党支部', {
      notices: 2,
      noticeAssigned: 12,
      noticeRead: 7,
      noticeAnswered: 3,
      meetingsHeld: 1,
      meetingInvited: 6,
      present: 3,
      late: 1,
      leave: 1,
      absent: 1,
      madeUp: 1,
      scheduleChanges: 1
    })
    const summary = Object.fromEntries(summaryOf(unit).map((item) => [item.key, item]))
    // Each card shows exactly what its PARTICIPATION_COLUMNS entry gives (what the .xlsx holds).
    for (const item of summaryOf(unit)) expect(item.value).toBe(formatValue(columnOf(item.key).value(unit)))
    expect(summary.readRate).toMatchObject({ label: '已学习材料率', value: '58.3', unit: '%' })
    expect(summary.answeredRate).toMatchObject({ label: '已提交讨论率', value: '25' })
    // present + late + made up, over those invited.
    expect(summary.attendanceRate).toMatchObject({ label: '出席率', value: '83.3' })
    expect(summary.makeupRate).toMatchObject({ label: '补学完成率', value: '50' })
    expect(summary.meetingsHeld).toMatchObject({ label: '会议次数', value: '1', unit: '次' })
    expect(summary.scheduleChanges).toMatchObject({ label: '调整时间支部', value: '1' })
  })

  it('shows "—" without a unit when there is nothing to divide by', () => {
    const summary = Object.fromEntries(summaryOf(row('空')).map((item) => [item.key, item]))
    expect(summary.readRate).toMatchObject({ value: '—', unit: '' })
    expect(summary.attendanceRate).toMatchObject({ value: '—', unit: '' })
    expect(summary.leave).toMatchObject({ value: '0', unit: '人次' })
  })

  it('labels columns short', () => {
    expect(PARTICIPATION_COLUMNS.map(shortLabel)).toEqual([
      '学习安排',
      '应学',
      '已学习材料率',
      '已提交讨论率',
      '会议',
      '应到',
      '出席率',
      '请假',
      '缺席',
      '补学完成率',
      '调整时间',
      '即将召开',
      '即将召开·已请假'
    ])
  })

  it('draws bars within 0–100, none for "—"', () => {
    const bars = barsOf([row('甲', { noticeAssigned: 4, noticeRead: 3 }), row('乙')], 'readRate')
    expect(bars.map((bar) => [bar.unitName, bar.value, bar.width])).toEqual([
      ['甲', 75, 75],
      ['乙', null, 0]
    ])
  })

  it('sorts units by a column either way, "—" last both ways, ties by name', () => {
    const rows = [
      row('丙', { noticeAssigned: 4, noticeRead: 1 }),
      row('甲', { noticeAssigned: 4, noticeRead: 3 }),
      row('乙'),
      row('丁', { noticeAssigned: 4, noticeRead: 1 })
    ]
    const names = (order: Parameters<typeof sortRows>[1]) => sortRows(rows, order).map((r) => r.unitName)
    expect(names({ key: 'readRate', direction: 'desc' })).toEqual(['甲', '丙', '丁', '乙'])
    expect(names({ key: 'readRate', direction: 'asc' })).toEqual(['丙', '丁', '甲', '乙'])
    expect(names(BY_NAME)).toEqual(['丙', '丁', '甲', '乙'].sort((a, b) => a.localeCompare(b, 'zh-CN')))
    expect(names({ key: 'name', direction: 'desc' })).toEqual(names(BY_NAME).reverse())
    // The input is left as it was.
    expect(rows.map((r) => r.unitName)).toEqual(['丙', '甲', '乙', '丁'])
  })

  it('turns a header around on a second tap; numbers start high, names A to Z', () => {
    expect(nextOrder(BY_NAME, 'readRate')).toEqual({ key: 'readRate', direction: 'desc' })
    expect(nextOrder({ key: 'readRate', direction: 'desc' }, 'readRate')).toEqual({ key: 'readRate', direction: 'asc' })
    expect(nextOrder({ key: 'readRate', direction: 'asc' }, 'name')).toEqual(BY_NAME)
    expect(nextOrder(BY_NAME, 'name')).toEqual({ key: 'name', direction: 'desc' })
  })

  it('lists members by name only, with the export’s columns', () => {
    const member = (name: string, noticeRead: number): MemberRow => ({
      memberId: name,
      name,
      noticeRead,
      noticeAnswered: 0,
      present: 0,
      late: 0,
      leave: 0,
      absent: 0,
      madeUp: 0,
      upcomingLeave: 0
    })
    const listed = membersByName([member('王五', 3), member('李四', 0), member('张三', 1)]).map((m) => m.name)
    expect(listed).toEqual(['王五', '李四', '张三'].sort((a, b) => a.localeCompare(b, 'zh-CN')))
    expect(MEMBER_COLUMNS.map((column) => column.label)).toEqual(['已学习材料', '已提交讨论', '出席', '迟到', '请假', '缺席', '已补学', '即将召开·已请假'])
  })
})

describe('dashboard trend', () => {
  const point = (month: string, counts: Partial<TrendPoint> = {}): TrendPoint => ({
    month,
    noticeAssigned: 0,
    noticeRead: 0,
    noticeAnswered: 0,
    meetingInvited: 0,
    attended: 0,
    ...counts
  })

  it('gives each month its rates with the tables’ rounding', () => {
    expect(trendMonths([point('2026-03', { noticeAssigned: 3, noticeRead: 2, meetingInvited: 6, attended: 5 }), point('2026-11')])).toEqual([
      { month: '2026-03', label: '3月', readRate: 66.7, attendanceRate: 83.3 },
      { month: '2026-11', label: '11月', readRate: null, attendanceRate: null }
    ])
  })

  it('tells an empty year', () => {
    expect(hasActivity([point('2026-01'), point('2026-02')])).toBe(false)
    expect(hasActivity([point('2026-01', { meetingInvited: 1 })])).toBe(true)
  })

  it('says what is known of meetings not yet held, apart from the figures', () => {
    expect(upcomingDetail(row('a'))).toEqual(['此期间没有未召开或待确认考勤的会议'])
    expect(upcomingDetail(row('a', { upcoming: { meetings: 2, started: 1, invited: 10, leave: 1, checkedIn: 3 } }))).toEqual([
      '其中 1 次进行中或待确认考勤',
      '已通知 10 人次',
      '已签到 3 人次'
    ])
    // Leave for a meeting not yet held is in no rate: the summary's 请假 stays what was held.
    const summary = summaryOf(row('a', { leave: 0, upcoming: { meetings: 1, started: 0, invited: 5, leave: 1, checkedIn: 0 } }))
    expect(summary.find((item) => item.key === 'leave')?.value).toBe('0')
  })
})
