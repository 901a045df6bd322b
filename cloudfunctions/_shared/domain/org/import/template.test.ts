import { buildImportTemplate, listFormula } from './template'
import { parseImportFile } from './parse'
import { HEADER, SCOPE, loadBuffer } from '../../../../../test/support/builders/workbook'

const UNITS = ['第一党支部', '第二党支部']

describe('buildImportTemplate', () => {
  it('lays out the member sheet: header, frozen row, widths, text phones, grey example row', async () => {
    const workbook = await loadBuffer(await buildImportTemplate({ unitNames: UNITS, groupNames: ['第一党小组'] }))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['党员名单', '填写说明'])
    const sheet = workbook.getWorksheet('党员名单')!
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER])
    expect(sheet.getCell('A1').font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(20)
    expect(sheet.getColumn(2).numFmt).toBe('@')

    const example = sheet.getRow(2)
    expect(example.getCell(1).value).toBe('示例：张三')
    expect(example.getCell(2).value).toBe('13800000000')
    expect(example.getCell(3).value).toBe('第一党支部')
    expect(example.getCell(1).font).toMatchObject({ italic: true, color: { argb: 'FF999999' } })
    expect(String(example.getCell(1).note)).toContain('自动忽略')
  })

  it('puts dropdowns on 所在支部, 党小组, 党员类型 and 人员类别 down to row 2002', async () => {
    const sheet = (await loadBuffer(await buildImportTemplate({ unitNames: UNITS, groupNames: ['第一党小组'] }))).getWorksheet('党员名单')!
    expect(sheet.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['"第一党支部,第二党支部"'], errorStyle: 'stop' })
    expect(sheet.getCell('D3').dataValidation).toMatchObject({ type: 'list', formulae: ['"第一党小组"'], errorStyle: 'warning' })
    expect(sheet.getCell('E2002').dataValidation).toMatchObject({ formulae: ['"正式党员,预备党员,入党积极分子"'] })
    expect(sheet.getCell('F3').dataValidation).toMatchObject({ formulae: ['"在职,离退休,流动党员"'] })
    expect(sheet.getCell('A3').dataValidation).toBeUndefined()
  })

  it('refers to the 填写说明 sheet when the unit list is too long to inline, and lists the units there', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `某某学院第${i + 1}学生党支部`)
    const workbook = await loadBuffer(await buildImportTemplate({ unitNames: many }))
    const formula = String(workbook.getWorksheet('党员名单')!.getCell('C3').dataValidation.formulae[0])
    expect(formula).toMatch(/^'填写说明'!\$A\$\d+:\$A\$\d+$/)
    const [, first, last] = /\$A\$(\d+):\$A\$(\d+)/.exec(formula)!
    const guide = workbook.getWorksheet('填写说明')!
    expect(guide.getCell(`A${first}`).value).toBe(many[0])
    expect(guide.getCell(`A${last}`).value).toBe(many[29])
    // No groups given: no 党小组 dropdown rather than an empty one.
    expect(workbook.getWorksheet('党员名单')!.getCell('D3').dataValidation).toBeUndefined()
  })

  it('explains every column in Chinese on the 填写说明 sheet', async () => {
    const guide = (await loadBuffer(await buildImportTemplate({ unitNames: UNITS }))).getWorksheet('填写说明')!
    const text = guide
      .getColumn(1)
      .values.filter((value) => typeof value === 'string')
      .join('\n')
    for (const header of HEADER) expect(text).toContain(`${header}：`)
    expect(text).toContain('示例：')
    expect(text).toContain('2000')
  })

  it('round-trips: fill three rows into the template, the parser returns exactly those', async () => {
    const workbook = await loadBuffer(await buildImportTemplate({ unitNames: UNITS, groupNames: ['第一党小组'] }))
    const sheet = workbook.getWorksheet('党员名单')!
    sheet.getRow(3).values = ['李四', '13800138001', '第一党支部', '第一党小组', '预备党员', '在职']
    sheet.getRow(4).values = ['王五', '13800138002', '第二党支部', null, null, null]
    sheet.getRow(5).values = ['赵六', '13800138003', '第一党支部', null, '入党积极分子', '流动党员']
    const filled = Buffer.from(await workbook.xlsx.writeBuffer())

    const preview = await parseImportFile(filled, SCOPE)
    expect(preview.errors).toEqual([])
    expect(preview.totalRows).toBe(3)
    expect(preview.validRows).toEqual([
      { row: 3, name: '李四', phone: '13800138001', unitName: '第一党支部', groupName: '第一党小组', type: '预备党员', category: '在职' },
      { row: 4, name: '王五', phone: '13800138002', unitName: '第二党支部', groupName: null, type: '正式党员', category: '在职' },
      { row: 5, name: '赵六', phone: '13800138003', unitName: '第一党支部', groupName: null, type: '入党积极分子', category: '流动党员' }
    ])
    // The dropdowns survive a save by another tool.
    expect((await loadBuffer(filled)).getWorksheet('党员名单')!.getCell('C5').dataValidation?.type).toBe('list')
  })
})

describe('listFormula', () => {
  it('inlines short lists and falls back to the range for commas, quotes or length', () => {
    expect(listFormula(['在职', '离退休'], 'R')).toBe('"在职,离退休"')
    expect(listFormula(['一支部,二支部'], 'R')).toBe('R')
    expect(listFormula(['"引号"支部'], 'R')).toBe('R')
    expect(
      listFormula(
        Array.from({ length: 40 }, () => '很长很长的支部名称'),
        'R'
      )
    ).toBe('R')
  })
})
