import type { NoticeSummary } from '@contract/notices-api'
import type { ParsedNotice } from '@contract/notices'
import { noticeTitle } from '@/lib/notice-naming'
import { completionRate, firstScheduledDate, groupByWeek, mineLabel } from './format'
import { formatShanghai, isIsoDate, nextShanghaiMidnight, shanghaiInstant, weekdayLabel, weekdayOf } from '@/lib/calendar'
import { draftFromForm, formFromParsed, lastScheduledDay } from './notice-form'

const parsed: ParsedNotice = {
  year: 2020,
  issueNo: 3,
  compiledBy: '党委组织部',
  publishedOn: '2020-05-07',
  schedule: [{ week: 13, date: '2020-05-12', weekday: 2, organizers: ['机关党工委', '党总支（直属党支部）'] }],
  theme: '深入学习贯彻习近平新时代中国特色社会主义思想',
  purpose: '统一思想。',
  materials: [
    { title: '三十讲 第十九讲', url: 'http://www.xinhuanet.com/politics/xjpsxkj/index.html', page: null, note: null, fullText: null },
    { title: '关于实行党员积分管理的指导意见', url: null, page: 16, note: '已发支部', fullText: '为进一步加强……' }
  ],
  discussion: ['谈谈如何实现“比学赶超”。'],
  requirements: ['以党支部为单位做好记录。'],
  warnings: []
}

describe('notice form', () => {
  it('round-trips a parsed notice into the contract draft', () => {
    const check = draftFromForm(formFromParsed(parsed))
    expect(check.problems).toEqual([])
    expect(check.draft).toEqual({
      year: 2020,
      issueNo: 3,
      compiledBy: '党委组织部',
      publishedOn: '2020-05-07',
      schedule: [{ week: 13, date: '2020-05-12', weekday: 2, organizers: ['机关党工委', '党总支（直属党支部）'] }],
      theme: parsed.theme,
      purpose: '统一思想。',
      materials: [
        { title: '三十讲 第十九讲', url: 'http://www.xinhuanet.com/politics/xjpsxkj/index.html', page: null, note: null, fullText: null },
        { title: '关于实行党员积分管理的指导意见', url: null, page: 16, note: '已发支部', fullText: '为进一步加强……' }
      ],
      discussion: ['谈谈如何实现“比学赶超”。'],
      requirements: ['以党支部为单位做好记录。'],
      answerDeadline: null
    })
  })

  it('fills what the parser could not read with editable blanks, and names each problem in Chinese', () => {
    const form = formFromParsed({ ...parsed, year: null, issueNo: null, publishedOn: null, schedule: [], theme: null, discussion: [] })
    expect(form.schedule).toHaveLength(1)
    expect(form.discussion).toEqual([''])
    const check = draftFromForm(form)
    expect(check.draft).toBeUndefined()
    expect(check.problems).toEqual([
      '年份应为 2000–2100 之间的数字',
      '期号应为 1–100 之间的数字',
      '印发日期应写成 YYYY-MM-DD，如 2020-05-07',
      '至少填写一行时间安排',
      '请填写学习教育主题',
      '至少填写一个讨论题'
    ])
  })

  it('computes the weekday from an edited date, splits organisers, drops blank rows and items', () => {
    const form = formFromParsed(parsed)
    form.schedule = [
      { week: '', date: '2026-06-02', organizers: '甲支部，乙支部、 丙支部' },
      { week: '', date: '', organizers: '' }
    ]
    form.discussion = ['问题一', '  ']
    form.requirements = ['', '要求一']
    const { draft } = draftFromForm(form)
    expect(draft?.schedule).toEqual([{ week: null, date: '2026-06-02', weekday: 2, organizers: ['甲支部', '乙支部', '丙支部'] }])
    expect(draft?.discussion).toEqual(['问题一'])
    expect(draft?.requirements).toEqual(['要求一'])
  })

  it('refuses bad dates, links and page numbers where the server would', () => {
    const form = formFromParsed(parsed)
    form.schedule[0].date = '2020-02-30'
    form.materials[0].url = 'www.example.com'
    form.materials[1].page = '0'
    form.answerDeadline = '5月12日'
    expect(draftFromForm(form).problems).toEqual([
      '时间安排第 1 行：日期应写成 YYYY-MM-DD',
      '学习材料 1：链接应以 http:// 或 https:// 开头',
      '学习材料 2：页码应为 1–9999 之间的数字',
      '回答截止日期应写成 YYYY-MM-DD'
    ])
  })

  it('takes an answer deadline as the end of that day in Shanghai', () => {
    const form = formFromParsed(parsed)
    form.answerDeadline = '2020-05-15'
    expect(draftFromForm(form).draft?.answerDeadline).toBe('2020-05-15T15:59:59.000Z')
    expect(lastScheduledDay(form)).toBe('2020-05-12')
  })
})

describe('notice formatting', () => {
  it('names weekdays and validates calendar dates', () => {
    expect(weekdayOf('2020-05-12')).toBe(2)
    expect(weekdayOf('2020-05-17')).toBe(7)
    expect(weekdayLabel(2)).toBe('星期二')
    expect(weekdayLabel(null)).toBe('')
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(noticeTitle({ year: 2020, issueNo: 3 })).toBe('党员学习教育安排 2020年第3期')
    expect(firstScheduledDate([{ date: '2020-05-19' }, { date: null }, { date: '2020-05-12' }])).toBe('2020-05-12')
  })

  it('reads and writes times in Shanghai whatever the device zone', () => {
    expect(shanghaiInstant('2026-05-12', '14:00')).toBe('2026-05-12T06:00:00.000Z')
    expect(shanghaiInstant('2026-05-12', '')).toBeNull()
    expect(shanghaiInstant('2026-05-12', '23:59:59')).toBe('2026-05-12T15:59:59.000Z')
    expect(shanghaiInstant('2026-05-12', '23:59:5')).toBeNull()
    expect(formatShanghai('2026-05-12T06:00:00.000Z')).toBe('2026-05-12 14:00')
    // 23:30 UTC is already the next morning in Shanghai.
    expect(nextShanghaiMidnight(new Date('2026-05-11T23:30:00Z'))).toBe('2026-05-12T16:00:00.000Z')
  })

  it('gives a unit a completion rate, never above 100 or NaN', () => {
    expect(completionRate({ assigned: 6, read: 5, answered: 4 })).toBe(67)
    expect(completionRate({ assigned: 0, read: 0, answered: 0 })).toBe(0)
    expect(completionRate({ assigned: 2, read: 3, answered: 3 })).toBe(100)
  })

  it('groups a member’s notices into this week, later and earlier by the first scheduled day', () => {
    const notice = (id: string, firstDate: string | null): NoticeSummary => ({
      id,
      title: id,
      year: 2026,
      issueNo: 1,
      theme: '',
      status: 'published',
      firstDate,
      publishedAt: null,
      correctedAt: null,
      withdrawnAt: null
    })
    // Wednesday 2026-05-13 in Shanghai: the week is Monday 11th to Sunday 17th.
    const now = new Date('2026-05-13T02:00:00Z')
    const groups = groupByWeek(
      [notice('a', '2026-05-18'), notice('b', '2026-05-11'), notice('c', '2026-05-17'), notice('d', '2026-05-10'), notice('e', null)],
      now
    )
    expect(groups.thisWeek.map((n) => n.id)).toEqual(['b', 'c'])
    expect(groups.upcoming.map((n) => n.id)).toEqual(['a'])
    expect(groups.earlier.map((n) => n.id)).toEqual(['d', 'e'])
  })

  it('says a member’s own state without scores', () => {
    expect(mineLabel({ viewed: false, read: false, answered: false, review: null }).text).toBe('未查看')
    expect(mineLabel({ viewed: true, read: false, answered: false, review: null }).text).toBe('已查看')
    expect(mineLabel({ viewed: true, read: true, answered: false, review: null }).text).toBe('已学习材料')
    // Opened and answered without opening a material: never "未读 · 已答".
    expect(mineLabel({ viewed: true, read: false, answered: true, review: 'pending' }).text).toBe('已提交讨论')
    expect(mineLabel({ viewed: true, read: true, answered: true, review: 'returned' }).text).toBe('退回修改')
    expect(mineLabel({ viewed: true, read: true, answered: true, review: 'accepted' }).text).toBe('已阅')
  })
})
