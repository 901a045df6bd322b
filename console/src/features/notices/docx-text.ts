/**
 * The paragraphs of a .docx, read in the browser to show the document beside
 * its parsed preview. A .docx is a zip; its text is word/document.xml. The
 * zip's central directory gives the entry, the browser's own
 * DecompressionStream inflates it, and DOMParser reads the XML: no library,
 * nothing sent anywhere. Tables come out a paragraph per cell, as the parser
 * on the server reads them.
 */
export async function docxParagraphs(bytes: ArrayBuffer): Promise<string[]> {
  const xml = await readZipEntry(new Uint8Array(bytes), 'word/document.xml')
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  return Array.from(doc.getElementsByTagNameNS(W, 'p')).map((p) =>
    Array.from(p.getElementsByTagNameNS(W, '*'))
      .map((node) => (node.localName === 't' ? (node.textContent ?? '') : node.localName === 'tab' ? '\t' : node.localName === 'br' ? '\n' : ''))
      .join('')
  )
}

async function readZipEntry(zip: Uint8Array, name: string): Promise<string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Error('不是有效的 .docx 文件')
  const entries = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  const decoder = new TextDecoder()
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break
    const method = view.getUint16(at + 10, true)
    const size = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extra = view.getUint16(at + 30, true)
    const comment = view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const entryName = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength))
    if (entryName === name) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
      const data = zip.subarray(start, start + size)
      if (method === 0) return decoder.decode(data)
      if (method !== 8) throw new Error('不支持的 .docx 压缩方式')
      const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
      return new Response(stream).text()
    }
    at += 46 + nameLength + extra + comment
  }
  throw new Error('.docx 中没有正文（word/document.xml）')
}
