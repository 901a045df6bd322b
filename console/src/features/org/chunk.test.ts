import { chunk, IMPORT_CHUNK_ROWS } from './chunk'

describe('chunk', () => {
  it('splits import rows into calls of at most 50, in order, and refuses a size below 1', () => {
    const rows = Array.from({ length: 120 }, (_, i) => i)
    const batches = chunk(rows, IMPORT_CHUNK_ROWS)
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20])
    expect(batches.flat()).toEqual(rows)
    expect(chunk([], 50)).toEqual([])
    expect(() => chunk(rows, 0)).toThrow(RangeError)
  })
})
