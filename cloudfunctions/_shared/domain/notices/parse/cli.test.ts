import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseNotice } from './index'
import { docx } from '../../../../../test/support/builders/docx'

/** `npm run notice:parse -- FILE` is `tsx scripts/notice-parse.ts FILE`; run the same with node and tsx's loader. */
const ROOT = path.resolve(__dirname, '../../../../..')
const SEED = path.resolve(ROOT, 'test/fixtures/seeds/002_74dd3f072b865436.txt')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function runScript(file: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/notice-parse.ts', file], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('scripts/notice-parse.ts', () => {
  jest.setTimeout(30_000)
  let dir = ''

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'notice-parse-'))
  })

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('prints what parseNotice returns for 002, as 2-space JSON', async () => {
    const run = await runScript(SEED)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toBe(`${JSON.stringify(parseNotice(readFileSync(SEED, 'utf8')), null, 2)}\n`)
  })

  it('strips a BOM from a .txt file', async () => {
    const file = path.join(dir, 'bom.txt')
    writeFileSync(file, `\ufeff${readFileSync(SEED, 'utf8')}`)
    const run = await runScript(file)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(parseNotice(readFileSync(SEED, 'utf8')))
  })

  it('reads a .docx through mammoth, the schedule table included', async () => {
    const file = path.join(dir, 'notice.docx')
    writeFileSync(
      file,
      docx([
        '党员学习教育安排',
        '(2020年第3期)',
        '党委组织部编',
        '2020年5月7日',
        '一、时间安排',
        {
          table: [
            ['周次', '日期', '星期', '组织者'],
            ['13', '5.12', '二', '机关党工委、 党总支（直属党支部）']
          ]
        },
        '二、学习教育主题',
        '深入学习贯彻习近平新时代中国特色社会主义思想',
        '三、学习教育目的',
        '提高党员队伍建设质量。',
        '四、学习内容',
        '1. 教育部召开高校复学疫情防控调度视频会\t13',
        '五、学习讨论',
        '谈谈如何实现“比学赶超”。',
        '六、学习要求',
        '1. 以党支部为单位组织学习。',
        '教育部召开高校复学疫情防控调度视频会',
        '会议强调，要统筹推进高校开学和疫情防控工作。'
      ])
    )
    const run = await runScript(file)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(run.stdout)).toEqual({
      year: 2020,
      issueNo: 3,
      compiledBy: '党委组织部',
      publishedOn: '2020-05-07',
      schedule: [{ week: 13, date: '2020-05-12', weekday: 2, organizers: ['机关党工委', '党总支（直属党支部）'] }],
      theme: '深入学习贯彻习近平新时代中国特色社会主义思想',
      purpose: '提高党员队伍建设质量。',
      materials: [
        {
          title: '教育部召开高校复学疫情防控调度视频会',
          url: null,
          page: 13,
          note: null,
          fullText: '教育部召开高校复学疫情防控调度视频会\n\n会议强调，要统筹推进高校开学和疫情防控工作。'
        }
      ],
      discussion: ['谈谈如何实现“比学赶超”。'],
      requirements: ['以党支部为单位组织学习。'],
      warnings: []
    })
  })

  it('exits 1 with a message on stderr for a missing file or an unsupported extension', async () => {
    const missing = await runScript(path.join(dir, 'nope.txt'))
    expect(missing).toMatchObject({ code: 1, stdout: '' })
    expect(missing.stderr).toContain('找不到文件')
    const pdf = path.join(dir, 'notice.pdf')
    writeFileSync(pdf, '%PDF')
    const unsupported = await runScript(pdf)
    expect(unsupported).toMatchObject({ code: 1, stdout: '' })
    expect(unsupported.stderr).toContain('不支持的文件类型“.pdf”')
  })
})
