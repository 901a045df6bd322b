import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { HEADER, phoneFor, xlsx } from '../support/builders/workbook'
import { scratchDir } from '../support/emulator'
import { useH5App } from '../support/h5-app'

/** 批量导入 in the H5 build: template download, file pick, preview with row errors, chunked commit. */
describe('H5 app: member import', () => {
  jest.setTimeout(120_000)
  const app = useH5App()

  it('previews a file with errors, imports only the valid rows in chunks of 50', async () => {
    const { demo, page, visible } = app
    const secretary = demo.accounts.find((account) => account.label.endsWith('支部书记'))!
    const branchName = secretary.label.split(' · ')[0]
    // Names without digits (the import refuses those): 导入甲子, 导入乙子, …
    const name = (i: number) => `导入${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10)]}`
    const valid = Array.from({ length: 60 }, (_, i) => [name(i), phoneFor(i + 1), branchName, null, '正式党员', '在职'])
    const broken = [
      ['号码不对', '12345', branchName, null, '正式党员', '在职'],
      ['支部不对', phoneFor(900), '不存在的党支部', null, '正式党员', '在职']
    ]
    const file = path.join(scratchDir('import-e2e'), '党员名单.xlsx')
    writeFileSync(file, await xlsx([HEADER, ...valid, ...broken]))

    const commits: number[] = []
    page.on('request', (request) => {
      if (!request.url().includes('/gateway/functions/org')) return
      const body = JSON.parse(request.postData() ?? '{}') as { action?: string; payload?: { rows?: unknown[] } }
      if (body.action === 'import.commit') commits.push(body.payload?.rows?.length ?? 0)
    })

    await app.actAs(secretary.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("批量导入")`)

    // The template arrives as a browser download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(visible('.ps-import-template'))])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click(visible('.ps-import-pick'))])
    await chooser.setFiles(file)

    await page.waitForSelector(visible('.ps-import-preview'))
    expect(await page.textContent(visible('.ps-import-count-total'))).toBe('62')
    expect(await page.textContent(visible('.ps-import-count-valid'))).toBe('60')
    const errors = await page.locator(visible('.ps-import-error')).allTextContents()
    expect(errors).toHaveLength(2)
    expect(errors[0]).toContain('第 62 行 · 手机号')
    expect(errors[1]).toContain('第 63 行 · 所在支部')

    await page.click(visible('.ps-import-commit'))
    await page.waitForSelector(visible('.ps-import-summary'))
    expect(await page.textContent(visible('.ps-import-summary'))).toBe('导入完成：新增 60，未变 0')
    expect(commits).toEqual([50, 10])

    await page.click(visible('.ps-import-members'))
    await page.waitForSelector(`${visible('.ps-members-total')}:has-text("共 66 人")`)
  })

  it('a chunk whose reply is lost stops the import; 继续导入 sends it again and nothing is doubled', async () => {
    const { demo, page, visible } = app
    const secretary = demo.accounts.find((account) => account.label.endsWith('支部书记'))!
    const branchName = secretary.label.split(' · ')[0]
    const name = (i: number) => `续导${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10)]}`
    const rows = Array.from({ length: 60 }, (_, i) => [name(i), phoneFor(i + 301), branchName, null, '正式党员', '在职'])
    const file = path.join(scratchDir('import-e2e-resume'), '党员名单-续.xlsx')
    writeFileSync(file, await xlsx([HEADER, ...rows]))

    // The second chunk reaches the server and is written; its reply never comes back (a dropped connection).
    let commits = 0
    await page.route('**/gateway/functions/org', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { action?: string }
      if (body.action !== 'import.commit' || ++commits !== 2) return route.continue()
      await route.fetch()
      await route.abort('connectionreset')
    })

    await app.actAs(secretary.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("批量导入")`)
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click(visible('.ps-import-pick'))])
    await chooser.setFiles(file)
    await page.waitForSelector(visible('.ps-import-preview'))
    await page.click(visible('.ps-import-commit'))

    await page.waitForSelector(visible('.ps-import-failed'))
    expect(await page.textContent(visible('.ps-import-progress'))).toBe('50 / 60')
    expect(await page.textContent(visible('.ps-import-failed .ps-field__error'))).toContain('已导入 50 行（新增 50，未变 0）')

    await page.click(visible('.ps-import-resume'))
    await page.waitForSelector(visible('.ps-import-summary'))
    expect(await page.textContent(visible('.ps-import-summary'))).toBe('导入完成：新增 50，未变 10')
    expect(commits).toBe(3)
    await page.unroute('**/gateway/functions/org')

    await page.click(visible('.ps-import-members'))
    await page.waitForSelector(`${visible('.ps-members-total')}:has-text("共 126 人")`)
  })
})
