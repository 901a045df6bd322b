import { CronError, parseCron } from './cron'

const next = (expression: string, after: string): string | null => parseCron(expression).next(new Date(after))?.toISOString() ?? null

describe('parseCron (CloudBase 7-field cron, Asia/Shanghai)', () => {
  test('09:00 every day is 01:00 UTC', () => {
    expect(next('0 0 9 * * * *', '2026-11-24T00:30:00Z')).toBe('2026-11-24T01:00:00.000Z')
    // strictly after: at the fire time itself, the next one is a day later
    expect(next('0 0 9 * * * *', '2026-11-24T01:00:00Z')).toBe('2026-11-25T01:00:00.000Z')
    expect(next('0 0 9 * * * *', '2026-11-24T01:00:01Z')).toBe('2026-11-25T01:00:00.000Z')
  })

  test('calendar fields are read in Shanghai time, not UTC', () => {
    // midnight on 1 January in Shanghai is 16:00 UTC the day before
    expect(next('0 0 0 1 1 * *', '2026-11-24T00:00:00Z')).toBe('2026-12-31T16:00:00.000Z')
    expect(next('0 0 0 1 JAN * *', '2026-11-24T00:00:00Z')).toBe('2026-12-31T16:00:00.000Z')
    // 2026-11-24 is a Tuesday; 08:00 Monday in Shanghai is Sunday 00:00 UTC
    expect(next('0 0 8 * * 1 *', '2026-11-24T00:00:00Z')).toBe('2026-11-30T00:00:00.000Z')
    expect(next('0 0 8 * * MON *', '2026-11-24T00:00:00Z')).toBe('2026-11-30T00:00:00.000Z')
  })

  test('seconds, lists, ranges and steps', () => {
    expect(next('30 */15 * * * * *', '2026-11-24T00:30:00Z')).toBe('2026-11-24T00:30:30.000Z')
    expect(next('0 5/10 * * * * *', '2026-11-24T00:30:00Z')).toBe('2026-11-24T00:35:00.000Z')
    expect(next('0 0 9,18 * * 1-5 *', '2026-11-24T02:00:00Z')).toBe('2026-11-24T10:00:00.000Z')
  })

  test('the year field', () => {
    expect(next('0 0 9 * * * 2026', '2026-11-24T00:30:00Z')).toBe('2026-11-24T01:00:00.000Z')
    expect(next('0 0 9 * * * 2028', '2026-11-24T00:30:00Z')).toBe('2028-01-01T01:00:00.000Z')
    expect(next('0 0 9 * * * 2027-2030', '2026-11-24T00:30:00Z')).toBe('2027-01-01T01:00:00.000Z')
    expect(next('0 0 9 * * * 2025,2029', '2026-11-24T00:30:00Z')).toBe('2029-01-01T01:00:00.000Z')
    expect(next('0 0 9 * * * 2026/3', '2026-12-31T02:00:00Z')).toBe('2029-01-01T01:00:00.000Z')
    // the year is Shanghai's: 2027 starts at 16:00 UTC on 31 December 2026
    expect(next('* * * * * * 2027', '2026-06-01T00:00:00Z')).toBe('2026-12-31T16:00:00.000Z')
    // last fire of 2026 passed → none left
    expect(next('0 0 9 * * * 2020-2026', '2026-12-31T02:00:00Z')).toBeNull()
    expect(next('0 0 9 * * * 2020', '2026-11-24T00:30:00Z')).toBeNull()
    // 29 February in the allowed years only
    expect(next('0 0 0 29 2 * 2027-2030', '2026-11-24T00:00:00Z')).toBe('2028-02-28T16:00:00.000Z')
  })

  test.each([
    ['0 0 9 * * *', /需要 7 个字段.*实际 6 个/],
    ['0 0 9 * * * * *', /实际 8 个/],
    ['', /实际为空/],
    ['@daily', /需要 7 个字段/],
    ['0 0 24 * * * *', /时字段的值 24 超出范围 0-23/],
    ['60 0 9 * * * *', /秒字段的值 60 超出范围/],
    ['0 0 9 0 * * *', /日字段的值 0 超出范围 1-31/],
    ['0 0 9 * 13 * *', /月字段的值 13 超出范围 1-12/],
    ['0 0 9 * * 7 *', /星期字段的值 7 超出范围 0-6/],
    ['0 0 9 * * * 1969', /年字段的值 1969 超出范围 1970-2099/],
    ['0 0 9 * * * 20xx', /年字段含不支持的值 "20xx"/],
    ['0 0 9 ? * * *', /日字段含不支持的值 "\?"/],
    ['0 0 9 L * * *', /不支持的值 "L"/],
    ['0 0 9 * * 1#2 *', /不支持的值 "1#2"/],
    ['0 0 9 * * FOO *', /不支持的值 "FOO"/],
    ['0 */0 9 * * * *', /步长 "0" 必须是正整数/],
    ['0 0 9-5 * * * *', /起点大于终点/],
    ['0 0 9, * * * *', /空的列表项/],
    ['0 0 9 30 2 * *', /日期不存在/]
  ])('rejects %j with a clear error', (expression, message) => {
    expect(() => parseCron(expression)).toThrow(CronError)
    expect(() => parseCron(expression)).toThrow(message)
    expect(() => parseCron(expression)).toThrow(/^定时触发器 cron 表达式无效/)
  })
})
