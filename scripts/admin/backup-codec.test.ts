import { decodeHeader, decodeLine, encodeHeader, encodeLine } from './backup-codec'

describe('backup lines', () => {
  it('round-trips dates, nesting and arrays, with keys in a fixed order', () => {
    const doc = { _id: 'm1', z: 1, a: { when: new Date('2026-01-02T03:04:05.678Z'), list: [null, 'x', { b: true }] }, gone: undefined }
    const line = encodeLine('members', doc)
    expect(line).toBe('{"collection":"members","doc":{"_id":"m1","a":{"list":[null,"x",{"b":true}],"when":{"$date":"2026-01-02T03:04:05.678Z"}},"z":1}}')
    expect(decodeLine(line, 2)).toEqual({
      collection: 'members',
      doc: { _id: 'm1', z: 1, a: { when: new Date('2026-01-02T03:04:05.678Z'), list: [null, 'x', { b: true }] } }
    })
  })

  it('refuses what it cannot restore faithfully, and lines or files that are not its own', () => {
    expect(() => encodeLine('units', { _id: 'u', re: /x/ })).toThrow('units/u.re')
    expect(() => encodeLine('units', { _id: 'u', n: Number.NaN })).toThrow('有限数字')
    expect(() => decodeLine('{"collection":"units","doc":{}}', 3)).toThrow('第 3 行')
    expect(() => decodeHeader('{"format":"other"}')).toThrow('不是本系统的备份文件')
    expect(decodeHeader(encodeHeader(['units']))).toMatchObject({ collections: ['units'] })
  })
})
