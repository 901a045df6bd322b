import { MATCH_THRESHOLD } from './appendix'
import { isValidDate, parseWeekday, resolveYear, weekdayOf } from './dates'
import { chineseNumber } from './header'
import { readMarker } from './numbered'
import { splitOrganizers } from './schedule'
import { dice, headingScore, titleKeys } from './similarity'
import { matchKey } from './text'

describe('dates', () => {
  it('computes weekdays with Monday = 1 and Sunday = 7', () => {
    expect(weekdayOf({ year: 2020, month: 5, day: 12 })).toBe(2)
    expect(weekdayOf({ year: 2020, month: 5, day: 17 })).toBe(7)
  })

  it('chooses the year that puts a month-day closest to the issue date', () => {
    expect(resolveYear(5, 12, { year: 2020, month: 5, day: 7 })).toBe(2020)
    expect(resolveYear(1, 5, { year: 2020, month: 12, day: 28 })).toBe(2021)
    expect(resolveYear(12, 29, { year: 2021, month: 1, day: 4 })).toBe(2020)
    // 2.29 exists in 2020 only, whatever is nearest.
    expect(resolveYear(2, 29, { year: 2021, month: 1, day: 10 })).toBe(2020)
  })

  it('rejects dates that do not exist', () => {
    expect(isValidDate({ year: 2021, month: 2, day: 29 })).toBe(false)
    expect(isValidDate({ year: 2020, month: 2, day: 29 })).toBe(true)
    expect(isValidDate({ year: 2020, month: 9, day: 31 })).toBe(false)
  })

  it.each([
    ['二', 2],
    ['星期日', 7],
    ['周天', 7],
    ['礼拜六', 6],
    ['３', 3],
    ['星期八', null],
    ['下午', null]
  ])('reads the weekday %s as %s', (cell, weekday) => {
    expect(parseWeekday(cell)).toBe(weekday)
  })
})

describe('header numbers', () => {
  it.each([
    ['3', 3],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['三四', null]
  ])('reads the issue number %s as %s', (text, value) => {
    expect(chineseNumber(text)).toBe(value)
  })
})

describe('numbering markers', () => {
  it.each([
    ['1. 听学', 'dot', 1, '听学'],
    ['１．听学', 'dot', 1, '听学'],
    ['2、听学', 'comma', 2, '听学'],
    ['(3)听学', 'paren', 3, '听学'],
    ['（ 4 ） 听学', 'paren', 4, '听学'],
    ['5）听学', 'close-paren', 5, '听学'],
    ['⑥听学', 'circled', 6, '听学']
  ])('reads %s', (text, style, number, rest) => {
    expect(readMarker(text)).toEqual({ style, number, rest })
  })

  it.each(['5.12 二', '1.5 倍', '2020年', '13\t5.12', '《党章》'])('does not take %s for a numbered item', (text) => {
    expect(readMarker(text)).toBeNull()
  })
})

describe('organizers', () => {
  it('splits on 、，, and trims, keeping bracketed lists whole', () => {
    expect(splitOrganizers(' 机关党工委、 党总支（直属党支部）')).toEqual(['机关党工委', '党总支（直属党支部）'])
    expect(splitOrganizers('甲,乙，丙；丁、、')).toEqual(['甲', '乙', '丙', '丁'])
    expect(splitOrganizers('党总支(直属党支部、党小组)')).toEqual(['党总支(直属党支部、党小组)'])
  })
})

describe('title similarity', () => {
  const listed = '中共中央政治局常务委员会召开会议 听取疫情防控工作中央指导组工作汇报 研究完善常态化疫情防控体制机制 中共中央总书记习近平主持会议'

  it("scores 002's two-line appendix heading (督导组 for 指导组) well above the threshold, and its first line alone lower", () => {
    const keys = titleKeys(listed)
    const firstLine = '中共中央政治局常务委员会召开会议 听取疫情防控工作 中央督导组工作汇报 研究完善常态化疫情防控体制机制'
    const both = `${firstLine}中共中央总书记习近平主持会议`
    expect(headingScore(both, keys)).toBeGreaterThan(0.95)
    expect(headingScore(firstLine, keys)).toBeLessThan(headingScore(both, keys))
  })

  it('compares without the speaker and the source the list adds', () => {
    const keys = titleKeys('娄勤俭：在高质量发展道路上来一场比学赶超（来源：《群众》2020 年第 9 期）')
    expect(headingScore('在高质量发展道路上来一场比学赶超', keys)).toBe(1)
  })

  it('keeps unrelated titles far below the threshold', () => {
    expect(dice(matchKey('教育部召开高校复学疫情防控调度视频会'), matchKey('关于实行党员积分管理的指导意见'))).toBeLessThan(MATCH_THRESHOLD / 4)
  })
})
