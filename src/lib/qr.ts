import qrcode from 'qrcode-generator'

/** One row of a QR code as runs of same-coloured modules, so a row is a few Views, not one per module. */
export interface QrRun {
  dark: boolean
  length: number
}

export interface QrMatrix {
  size: number
  rows: QrRun[][]
}

/** Encodes `text` (ASCII, byte mode) with error correction M and returns the module rows as runs. */
export function qrMatrix(text: string): QrMatrix {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const size = qr.getModuleCount()
  const rows: QrRun[][] = []
  for (let row = 0; row < size; row += 1) {
    const runs: QrRun[] = []
    for (let col = 0; col < size; col += 1) {
      const dark = qr.isDark(row, col)
      const last = runs[runs.length - 1]
      if (last && last.dark === dark) last.length += 1
      else runs.push({ dark, length: 1 })
    }
    rows.push(runs)
  }
  return { size, rows }
}
