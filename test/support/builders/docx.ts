/**
 * Test-only helper (under test/, as every builder): a minimal .docx (paragraphs, tabs and one table) built with
 * node's zlib only. A .docx is a zip of XML parts; entries are stored
 * uncompressed, which every reader (mammoth's JSZip included) accepts, so
 * the only arithmetic needed is the CRC-32 that zlib provides.
 */
import { crc32 } from 'node:zlib'

export type DocxBlock = string | { table: string[][] }

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A paragraph; "\t" becomes Word's tab element, as when a page number follows a tab. */
function paragraph(text: string): string {
  const runs = text.split('\t').map((piece) => `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`)
  return `<w:p><w:r>${runs.join('<w:tab/>')}</w:r></w:p>`
}

function table(rows: string[][]): string {
  const body = rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`)
  return `<w:tbl>${body.join('')}</w:tbl>`
}

function documentXml(blocks: DocxBlock[]): string {
  const body = blocks.map((block) => (typeof block === 'string' ? paragraph(block) : table(block.table))).join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
}

interface Entry {
  name: Buffer
  data: Buffer
  crc: number
  offset: number
}

function localHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(20, 4) // version needed
  header.writeUInt16LE(0x0800, 6) // UTF-8 names
  header.writeUInt16LE(0, 8) // stored
  header.writeUInt32LE(0, 10) // time and date
  header.writeUInt32LE(entry.crc, 14)
  header.writeUInt32LE(entry.data.length, 18)
  header.writeUInt32LE(entry.data.length, 22)
  header.writeUInt16LE(entry.name.length, 26)
  header.writeUInt16LE(0, 28)
  return header
}

function centralHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(46)
  header.writeUInt32LE(0x02014b50, 0)
  header.writeUInt16LE(20, 4) // version made by
  header.writeUInt16LE(20, 6)
  header.writeUInt16LE(0x0800, 8)
  header.writeUInt16LE(0, 10)
  header.writeUInt32LE(0, 12)
  header.writeUInt32LE(entry.crc, 16)
  header.writeUInt32LE(entry.data.length, 20)
  header.writeUInt32LE(entry.data.length, 24)
  header.writeUInt16LE(entry.name.length, 28)
  // extra, comment, disk, internal and external attributes stay 0
  header.writeUInt32LE(entry.offset, 42)
  return header
}

function zip(files: Array<[string, string]>): Buffer {
  const parts: Buffer[] = []
  const entries: Entry[] = []
  let offset = 0
  for (const [name, content] of files) {
    const data = Buffer.from(content, 'utf8')
    const entry = { name: Buffer.from(name, 'utf8'), data, crc: crc32(data), offset }
    const local = Buffer.concat([localHeader(entry), entry.name, data])
    parts.push(local)
    entries.push(entry)
    offset += local.length
  }
  const central = Buffer.concat(entries.flatMap((entry) => [centralHeader(entry), entry.name]))
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(central.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, central, end])
}

export function docx(blocks: DocxBlock[]): Buffer {
  return zip([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', RELS],
    ['word/document.xml', documentXml(blocks)]
  ])
}
