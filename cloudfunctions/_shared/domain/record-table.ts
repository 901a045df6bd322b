import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'

/** The label | value table that heads every generated record (.docx). */
export function labelledTable(rows: Array<[label: string, value: string]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 20, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })]
            }),
            new TableCell({ width: { size: 80, type: WidthType.PERCENTAGE }, children: [new Paragraph(value)] })
          ]
        })
    )
  })
}
