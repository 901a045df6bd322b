import { FIELD_KINDS, fitValue, kindOfKey, type FieldKind } from './fields'
import { cut, lengthOf } from './text'

const value = (kind: FieldKind, raw: string | number): string => {
  const fit = fitValue(kind, raw)
  if (!fit.ok) throw new Error(`${kind} refused ${raw}: ${fit.problem}`)
  return fit.value
}
const problem = (kind: FieldKind, raw: string | number): string => {
  const fit = fitValue(kind, raw)
  if (fit.ok) throw new Error(`${kind} accepted ${raw} as ${fit.value}`)
  return fit.problem
}

describe('cutting by code points', () => {
  it('never splits a surrogate pair and counts an emoji as one character', () => {
    expect(lengthOf('🎉党课')).toBe(3)
    expect(cut('一二三🎉🎉🎉', 5)).toBe('一二三🎉…')
    const cutInsideEmoji = cut('党'.repeat(18) + '🎉🎉🎉', 20)
    expect(cutInsideEmoji).toBe('党'.repeat(18) + '🎉…')
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cutInsideEmoji)).toBe(false)
  })
  it('leaves no dangling joiner or variation selector', () => {
    // 👨‍👩‍👧 is 👨 ZWJ 👩 ZWJ 👧: a cut after the first ZWJ keeps 👨 alone.
    expect(cut('党员👨‍👩‍👧家庭', 5)).toBe('党员👨…')
    expect(cut('活动❤️❤️❤️', 4)).toBe('活动❤…')
  })
  it('keeps text at the limit as it is', () => {
    expect(cut('一二三四五', 5)).toBe('一二三四五')
  })
})

describe('fitting a value to its kind', () => {
  it('knows every kind by its key prefix', () => {
    expect(kindOfKey('thing1')).toBe('thing')
    expect(kindOfKey('time12')).toBe('time')
    expect(kindOfKey('character_string3')).toBe('character_string')
    expect(kindOfKey('short_thing2')).toBe('short_thing')
    expect(kindOfKey('site01')).toBeNull()
    for (const kind of FIELD_KINDS) expect(kindOfKey(`${kind}7`)).toBe(kind)
  })

  it('thing: 20 characters, cut with an ellipsis; Chinese unchanged when it fits', () => {
    expect(value('thing', '党员活动室')).toBe('党员活动室')
    expect(value('thing', '一'.repeat(20))).toBe('一'.repeat(20))
    expect(value('thing', '十二月主题党日：重温入党誓词并开展志愿服务活动')).toBe('十二月主题党日：重温入党誓词并开展志愿…')
    expect(lengthOf(value('thing', 'x'.repeat(40)))).toBe(20)
    expect(value('thing', '三楼 会议室\n（东侧）')).toBe('三楼 会议室 （东侧）')
    expect(problem('thing', '  ')).toMatch(/不能为空/)
  })
  it('short_thing: 5 characters', () => {
    expect(value('short_thing', '待审批')).toBe('待审批')
    expect(value('short_thing', '已经报名参加')).toBe('已经报名…')
  })
  it('name: 10 as a Chinese or mixed name, 20 as a Latin name', () => {
    expect(value('name', '欧阳一二三四五六七八')).toBe('欧阳一二三四五六七八')
    expect(value('name', '欧阳一二三四五六七八九')).toBe('欧阳一二三四五六七…')
    expect(value('name', 'Alexander Hamilton')).toBe('Alexander Hamilton')
    expect(lengthOf(value('name', 'Alexander Hamilton Junior'))).toBe(20)
    expect(lengthOf(value('name', '张Alexander'))).toBe(10)
  })
  it('phrase: 5 Chinese characters only, no ellipsis', () => {
    expect(value('phrase', '配送中')).toBe('配送中')
    expect(value('phrase', '已经报名了吗')).toBe('已经报名了')
    expect(value('phrase', '已批准!')).toBe('已批准')
    expect(problem('phrase', 'OK')).toMatch(/汉字/)
  })
  it('letter, symbol: their characters only, cut without ellipsis', () => {
    expect(value('letter', 'A'.repeat(40))).toBe('A'.repeat(32))
    expect(problem('letter', 'A1')).toMatch(/字母/)
    expect(value('symbol', '★★★★★★')).toBe('★★★★★')
    expect(problem('symbol', 'A!')).toMatch(/符号/)
  })
  it('character_string: 32 printable ASCII, cut with "..."', () => {
    expect(value('character_string', 'NO-2026-001')).toBe('NO-2026-001')
    expect(value('character_string', 'A'.repeat(40))).toBe('A'.repeat(29) + '...')
    expect(problem('character_string', '编号1')).toMatch(/数字、字母或符号/)
  })
  it('number: digits (a decimal allowed), at most 32, never cut', () => {
    expect(value('number', 12.5)).toBe('12.5')
    expect(value('number', '339208499')).toBe('339208499')
    expect(problem('number', '1'.repeat(33))).toMatch(/32/)
    expect(problem('number', '十二')).toMatch(/数字/)
  })
  it('phone_number (17), car_number (8), amount: valid or refused, never cut', () => {
    expect(value('phone_number', '+86-0766-66888866')).toBe('+86-0766-66888866')
    expect(problem('phone_number', '+86-0766-668888661')).toMatch(/17/)
    expect(problem('phone_number', '电话123')).toMatch(/数字、符号/)
    expect(value('car_number', '粤A8Z888挂')).toBe('粤A8Z888挂')
    expect(problem('car_number', '粤A8Z888挂挂')).toMatch(/车牌/)
    expect(value('amount', '¥100.50')).toBe('¥100.50')
    expect(value('amount', '100元')).toBe('100元')
    expect(problem('amount', '¥12345678901')).toMatch(/10 位/)
  })
  it('time: a clock time, with or without the date, ranges with "~"; ISO rewritten; instants in Asia/Shanghai', () => {
    expect(value('time', '15:01')).toBe('15:01')
    expect(value('time', '2019年10月1日 15:01')).toBe('2019年10月1日 15:01')
    expect(value('time', '2026-03-01 09:00')).toBe('2026年3月1日 09:00')
    expect(value('time', '2026-12-11T07:00:00.000Z')).toBe('2026年12月11日 15:00')
    expect(value('time', '2026-12-31T16:30:00Z')).toBe('2027年1月1日 00:30')
    expect(value('time', '15:00~17:00')).toBe('15:00~17:00')
    expect(value('time', '2026-03-01')).toBe('2026年3月1日') // the study template's day (docs/deploy.md)
    expect(problem('time', '待定')).toMatch(/15:01/)
    expect(problem('time', '25:00')).toMatch(/15:01/)
    expect(problem('time', '1:00~2:00~3:00')).toMatch(/两个时间点/)
  })
  it('date: a date, optionally with the time; a clock time alone is refused', () => {
    expect(value('date', '2019年10月1日')).toBe('2019年10月1日')
    expect(value('date', '2026-03-01')).toBe('2026年3月1日')
    expect(value('date', '2026-03-01~2026-03-05')).toBe('2026年3月1日~2026年3月5日')
    expect(problem('date', '15:01')).toMatch(/年月日/)
    expect(problem('date', 'tomorrow')).toMatch(/2019年10月1日/)
  })
})
