import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import mammoth from 'mammoth'
import { parseNotice } from '../cloudfunctions/_shared/domain/notices/parse'

/**
 * `npm run notice:parse -- FILE`: parses a study notice (.txt in UTF-8, or
 * .docx) and prints the ParsedNotice as JSON on stdout. Errors go to stderr
 * with exit code 1, so the output can be piped into a file or jq.
 */

class UsageError extends Error {}

/** npm runs scripts from the repo root; a relative path means the directory the user typed it in. */
function resolveInput(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
}

async function readNoticeText(file: string): Promise<string> {
  const extension = path.extname(file).toLowerCase()
  if (extension !== '.txt' && extension !== '.docx') {
    throw new UsageError(`不支持的文件类型“${extension || '（无扩展名）'}”：请提供 .txt 或 .docx 文件`)
  }
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) throw new UsageError(`找不到文件：${file}`)
  if (extension === '.txt') return (await readFile(file, 'utf8')).replace(/^\ufeff/, '')
  const result = await mammoth.extractRawText({ path: file })
  // mammoth reports what it skipped (unknown styles, embedded objects); the user should know, but it is not an error.
  for (const message of result.messages) console.error(`mammoth：${message.message}`)
  return result.value
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args.length !== 1) throw new UsageError('用法：npm run notice:parse -- 文件.txt|文件.docx')
  const text = await readNoticeText(resolveInput(args[0]))
  process.stdout.write(`${JSON.stringify(parseNotice(text), null, 2)}\n`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
