import { ImportFileError } from './errors'
import { parseImportFile } from './parse'
import { HEADER, SCOPE, phoneFor, xlsx } from '../../../../../test/support/builders/workbook'

const UNREADABLE = '文件无法读取：请上传由模板填写的 .xlsx 文件'

describe('parseImportFile: rows', () => {
  it('reports each problem with its Excel row, column header and a specific Chinese reason', async () => {
    const file = await xlsx([
      HEADER,
      ['张', '1380013', '第一党支部', null, null, null],
      [null, null, '第三党支部', '第一党小组', '党员', '学生'],
      ['李四', '23800138000', '第一党支部', '第九党小组', null, null],
      ['王五', '138a0138000', '第二党支部', '第一党小组', null, null],
      ['赵六13800138000', '13800138005', null, null, null, null],
      ['孙七', '13800138006', '第一党支部', '第二党小组', '预备党员', '离退休']
    ])
    const preview = await parseImportFile(file, SCOPE)
    expect(preview.totalRows).toBe(6)
    expect(preview.validRows.map((row) => row.row)).toEqual([7])
    expect(preview.errors).toEqual([
      { row: 2, column: '姓名', reason: '姓名应为 2–20 个字，实际为 1 个字（“张”）' },
      { row: 2, column: '手机号', reason: '手机号应为 11 位数字，实际为 “1380013”' },
      { row: 3, column: '姓名', reason: '姓名不能为空' },
      { row: 3, column: '手机号', reason: '手机号不能为空' },
      { row: 3, column: '所在支部', reason: '所在支部“第三党支部”不在您可导入的范围内，可选：第一党支部、第二党支部' },
      { row: 3, column: '党员类型', reason: '党员类型应为正式党员、预备党员、入党积极分子之一，实际为 “党员”' },
      { row: 3, column: '人员类别', reason: '人员类别应为在职、离退休、流动党员之一，实际为 “学生”' },
      { row: 4, column: '手机号', reason: '手机号应以 13–19 开头，实际为 “23800138000”' },
      { row: 4, column: '党小组', reason: '党小组“第九党小组”不属于“第一党支部”，可选：第一党小组、第二党小组' },
      { row: 5, column: '手机号', reason: '手机号只能包含数字，实际为 “138a0138000”' },
      { row: 5, column: '党小组', reason: '“第二党支部”下没有党小组，请留空' },
      { row: 6, column: '姓名', reason: '姓名不应包含数字，实际为 “赵六13800138000”' },
      { row: 6, column: '所在支部', reason: '所在支部不能为空' }
    ])
  })

  it('fills defaults, canonical names and accepts common short forms', async () => {
    const file = await xlsx([
      HEADER,
      ['张  三', '13800138000', ' 第一 党支部 ', '第一党小组', null, null],
      ['Li Ming', '13800138001', '第二党支部', null, '预备', '退休'],
      ['买买提·艾力', '13800138002', '第二党支部', null, '积极分子', '流动']
    ])
    const preview = await parseImportFile(file, SCOPE)
    expect(preview.errors).toEqual([])
    expect(preview.validRows).toEqual([
      { row: 2, name: '张三', phone: '13800138000', unitName: '第一党支部', groupName: '第一党小组', type: '正式党员', category: '在职' },
      { row: 3, name: 'Li Ming', phone: '13800138001', unitName: '第二党支部', groupName: null, type: '预备党员', category: '离退休' },
      { row: 4, name: '买买提·艾力', phone: '13800138002', unitName: '第二党支部', groupName: null, type: '入党积极分子', category: '流动党员' }
    ])
  })

  it('flags a phone repeated within the file on the later row, naming the earlier one', async () => {
    const file = await xlsx([
      HEADER,
      ['张三', '13800138000', '第一党支部'],
      ['李四', '13800138001', '第一党支部'],
      ['王五', '138 0013 8000', '第二党支部'],
      ['赵六', '+86 13800138001', '第二党支部']
    ])
    const preview = await parseImportFile(file, SCOPE)
    expect(preview.validRows.map((row) => row.name)).toEqual(['张三', '李四'])
    expect(preview.errors).toEqual([
      { row: 4, column: '手机号', reason: '手机号与第 2 行（张三）重复' },
      { row: 5, column: '手机号', reason: '手机号与第 3 行（李四）重复' }
    ])
  })

  it('rejects phones already used by other members, when the caller says so', async () => {
    const file = await xlsx([HEADER, ['张三', '13800138000', '第一党支部']])
    const preview = await parseImportFile(file, { ...SCOPE, existingPhones: new Set(['13800138000']) })
    expect(preview.validRows).toEqual([])
    expect(preview.errors).toEqual([{ row: 2, column: '手机号', reason: '该手机号已被系统中的其他党员使用，请核对' }])
  })

  it('normalises full-width digits, number cells, +86, spaces and dashes', async () => {
    const file = await xlsx([
      HEADER,
      ['张三', '１３８００１３８０００', '第一党支部'],
      ['李四', 13800138001, '第一党支部'],
      ['王五', '+86 138-0013-8002', '第一党支部'],
      ['赵六', '＋８６　１３８００１３８００３', '第一党支部'],
      ['孙七', '0086 13800138004', '第一党支部']
    ])
    const preview = await parseImportFile(file, SCOPE)
    expect(preview.errors).toEqual([])
    expect(preview.validRows.map((row) => row.phone)).toEqual(['13800138000', '13800138001', '13800138002', '13800138003', '13800138004'])
  })

  it('names the allowed units only when there are few, and suggests a close one', async () => {
    const units = Array.from({ length: 8 }, (_, i) => ({ id: `u${i}`, name: `第${i + 1}党支部`, groups: [] }))
    const file = await xlsx([HEADER, ['张三', '13800138000', '第3支部'], ['李四', '13800138001', '外单位']])
    const preview = await parseImportFile(file, { units })
    expect(preview.errors.map((error) => error.reason)).toEqual([
      '所在支部“第3支部”不在您可导入的范围内，共 8 个可选，请从下拉列表选择',
      '所在支部“外单位”不在您可导入的范围内，共 8 个可选，请从下拉列表选择'
    ])
    const near = await parseImportFile(await xlsx([HEADER, ['张三', '13800138000', '第一']]), SCOPE)
    expect(near.errors[0].reason).toBe('所在支部“第一”不在您可导入的范围内（是否为“第一党支部”？），可选：第一党支部、第二党支部')
  })

  it('skips empty rows and the example row, wherever it is', async () => {
    const file = await xlsx([
      HEADER,
      ['示例：张三', '13800000000', '第一党支部'],
      [],
      ['李四', '13800138001', '第一党支部'],
      ['  ', null, ''],
      ['王五', '13800138002', '第一党支部', null, null, '示例:在职']
    ])
    const preview = await parseImportFile(file, SCOPE)
    expect(preview.totalRows).toBe(1)
    expect(preview.validRows.map((row) => row.row)).toEqual([4])
  })

  it('reads vertically merged 所在支部 cells as the same unit on every row', async () => {
    const file = await xlsx([HEADER, ['张三', '13800138000', '第一党支部'], ['李四', '13800138001'], ['王五', '13800138002']], (sheet) =>
      sheet.mergeCells('C2:C4')
    )
    const preview = await parseImportFile(file, SCOPE)
    expect(preview.errors).toEqual([])
    expect(preview.validRows.map((row) => row.unitName)).toEqual(['第一党支部', '第一党支部', '第一党支部'])
  })
})

describe('parseImportFile: header', () => {
  it('finds columns by header text: reordered, padded, full-width, decorated, with extra columns and a title row', async () => {
    const file = await xlsx([
      ['2025 年党员名单'],
      ['备注', ' 人员类别 ', '所在 支部*', '手机号码（必填）', '姓　名', '党员类型'],
      ['老党员', '离退休', '第二党支部', '13800138000', '张三', '正式党员']
    ])
    const preview = await parseImportFile(file, SCOPE)
    expect(preview.errors).toEqual([])
    expect(preview.validRows).toEqual([
      { row: 3, name: '张三', phone: '13800138000', unitName: '第二党支部', groupName: null, type: '正式党员', category: '离退休' }
    ])
  })

  it('reports missing required columns once, on the header row', async () => {
    const file = await xlsx([
      ['姓名', '党员类型'],
      ['张三', '正式党员'],
      ['李四', null]
    ])
    const preview = await parseImportFile(file, SCOPE)
    expect(preview).toEqual({
      totalRows: 2,
      validRows: [],
      errors: [{ row: 1, column: '手机号、所在支部', reason: '缺少必填列：手机号、所在支部。请使用导入模板，不要修改表头' }]
    })
  })

  it('reads the 党员名单 sheet even when it is not the first one', async () => {
    const workbookFile = await xlsx([HEADER, ['张三', '13800138000', '第一党支部']], (sheet) => {
      sheet.workbook.addWorksheet('填写说明').getCell('A1').value = '说明'
    })
    expect((await parseImportFile(workbookFile, SCOPE)).validRows).toHaveLength(1)
  })
})

describe('parseImportFile: unusable files', () => {
  it.each([
    ['random bytes', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))],
    ['empty', Buffer.alloc(0)],
    ['a CSV', Buffer.from('姓名,手机号,所在支部\n张三,13800138000,第一党支部\n')],
    ['a zip that is not a workbook', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)])]
  ])('throws ImportFileError for %s', async (_label, file) => {
    const attempt = parseImportFile(file, SCOPE)
    await expect(attempt).rejects.toBeInstanceOf(ImportFileError)
    await expect(attempt).rejects.toThrow(UNREADABLE)
  })

  it('throws ImportFileError naming the limit when there are more data rows than maxRows', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => [`党员${'甲乙丙丁戊己'[i]}`, phoneFor(i), '第一党支部'])
    const file = await xlsx([HEADER, ['示例：张三', '13800000000', '第一党支部'], ...rows, []])
    await expect(parseImportFile(file, { ...SCOPE, maxRows: 6 })).resolves.toMatchObject({ totalRows: 6 })
    const attempt = parseImportFile(file, { ...SCOPE, maxRows: 5 })
    await expect(attempt).rejects.toBeInstanceOf(ImportFileError)
    await expect(attempt).rejects.toThrow('文件共有 6 行数据，超过每次最多 5 行的限制，请拆分为多个文件分批导入')
  })
})
