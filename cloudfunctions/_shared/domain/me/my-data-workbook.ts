import dayjs from 'dayjs'
import { TZ } from '../calendar'
import type { MyData } from '../../contract/me'
import { newWorkbook } from '../spreadsheet'

/** 我的数据 as .xlsx: one sheet per table, its purpose on top, the rows the screen shows. Pure: tables in, bytes out. */
export async function myDataWorkbook(data: MyData): Promise<{ fileName: string; buffer: Buffer }> {
  const wb = await newWorkbook()
  wb.creator = 'party-study'
  for (const table of data.tables) {
    const sheet = wb.addWorksheet(table.title.slice(0, 31))
    sheet.addRow([table.purpose])
    sheet.addRow(table.columns)
    for (const row of table.rows) sheet.addRow(row)
    if (table.rows.length === 0) sheet.addRow(['（无记录）'])
    table.columns.forEach((_, i) => (sheet.getColumn(i + 1).width = i === 0 ? 24 : 18))
  }
  const day = dayjs(data.gatheredAt).tz(TZ).format('YYYYMMDD')
  return { fileName: `我的数据-${data.name}-${day}.xlsx`, buffer: Buffer.from(await wb.xlsx.writeBuffer()) }
}
