import { Workbook } from 'exceljs'
import { startDemoEmulator } from '../support/demo'
import { gateway, type ActionOf, type PayloadOf } from '../support/gateway'
import { people } from '../support/people'

/** Bulk import through the org function: template round trip, row-level errors, valid-only commit, idempotent re-import. */
describe('org member import', () => {
  jest.setTimeout(60_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const secretary = people.staff1Secretary // 教工第一党支部 · 书记
  const org = <A extends ActionOf<'org'>>(action: A, payload: PayloadOf<'org', A>) => gateway(demo.emulator.url).call('org', action, payload, secretary)

  beforeAll(async () => {
    demo = await startDemoEmulator()
  })
  afterAll(() => demo.close())

  /** Downloads the template through the function and fills it in as a secretary would in Excel. */
  async function filledTemplate(rows: string[][]): Promise<string> {
    const template = await org('import.template', {})
    if (!template.ok) throw new Error(template.error.message)
    const workbook = new Workbook()
    const bytes = Buffer.from(template.data.base64, 'base64')
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    const firstFree = sheet.actualRowCount + 1
    rows.forEach((values, i) => {
      sheet.getRow(firstFree + i).values = values
    })
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
  }

  const count = async (): Promise<number> => (await demo.db.collection('members').count()).total

  it('round-trips the template, reports bad rows precisely, and imports only the valid rows when asked', async () => {
    const base64 = await filledTemplate([
      ['周新一', '13500001001', '教工第一党支部', '第一党小组', '正式党员', '在职'],
      ['吴新二', '1350000', '教工第一党支部', '', '预备党员', '在职'],
      ['郑新三', '13500001003', '本科生党支部', '', '', ''],
      ['王新四', '13500001004', '教工第一党支部', '', '', '']
    ])
    const preview = await org('import.preview', { unitId: 'u-b-staff-1', base64 })
    if (!preview.ok) throw new Error(preview.error.message)
    expect(preview.data.validRows.map((row) => row.name)).toEqual(['周新一', '王新四'])
    expect(preview.data.errors).toEqual([
      expect.objectContaining({ column: '手机号', reason: expect.stringContaining('1350000') }),
      expect.objectContaining({ column: '所在支部', reason: expect.stringContaining('本科生党支部') })
    ])
    expect(preview.data.errors[0].row).toBe(preview.data.validRows[0].row + 1)

    // "Import nothing" is simply not committing: the preview wrote nothing.
    const before = await count()
    expect(await count()).toBe(before)

    const committed = await org('import.commit', { unitId: 'u-b-staff-1', rows: preview.data.validRows })
    expect(committed).toEqual({ ok: true, data: { created: 2, unchanged: 0, elsewhere: [] } })
    expect(await count()).toBe(before + 2)
    const unit = (await demo.db.collection('units').doc('u-b-staff-1').get()).data[0]
    expect(unit.memberCount).toBe(6 + 2)

    const again = await org('import.commit', { unitId: 'u-b-staff-1', rows: preview.data.validRows })
    expect(again).toEqual({ ok: true, data: { created: 0, unchanged: 2, elsewhere: [] } })
    expect(await count()).toBe(before + 2)
  })

  it('refuses a file that is not a spreadsheet with a clear message', async () => {
    const result = await org('import.preview', { unitId: 'u-b-staff-1', base64: Buffer.from('not a spreadsheet').toString('base64') })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('xlsx') } })
  })

  it("refuses rows for a branch outside the caller's scope at commit time too", async () => {
    const before = await count()
    const result = await org('import.commit', {
      unitId: 'u-b-staff-1',
      rows: [{ row: 2, name: '越权者', phone: '13500002001', unitName: '本科生党支部', groupName: null, type: '正式党员', category: '在职' }]
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await count()).toBe(before)
  })
})
