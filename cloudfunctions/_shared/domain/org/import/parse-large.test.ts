import { parseImportFile } from './parse'
import { HEADER, SCOPE, phoneFor, xlsx } from './test-workbook'

describe('parseImportFile at the row limit', () => {
  it('parses a 2000-row file', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`党员${i}号`.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]), phoneFor(i), i % 2 ? '第一党支部' : '第二党支部', null, '正式党员', '在职'])
    const file = await xlsx([HEADER, ...rows])
    const started = performance.now()
    const preview = await parseImportFile(file, SCOPE)
    const elapsed = performance.now() - started
    console.log(`parseImportFile: 2000 rows, ${file.length} bytes, ${elapsed.toFixed(0)} ms`)
    expect(preview.errors).toEqual([])
    expect(preview.validRows).toHaveLength(2000)
    // Generous bound for a shared 2-core machine; the point is catching an accidental O(n²).
    expect(elapsed).toBeLessThan(10_000)
  })
})
