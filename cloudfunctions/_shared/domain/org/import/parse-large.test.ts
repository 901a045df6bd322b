import { parseImportFile } from './parse'
import { HEADER, SCOPE, phoneFor, xlsx } from '../../../../../test/support/builders/workbook'

/** Correctness at the row limit; its speed is a figure in `npm run bench`, not a timed test. */
describe('parseImportFile at the row limit', () => {
  it('parses a 2000-row file without errors', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [
      `党员${i}号`.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]),
      phoneFor(i),
      i % 2 ? '第一党支部' : '第二党支部',
      null,
      '正式党员',
      '在职'
    ])
    const preview = await parseImportFile(await xlsx([HEADER, ...rows]), SCOPE)
    expect(preview.errors).toEqual([])
    expect(preview.validRows).toHaveLength(2000)
  })
})
