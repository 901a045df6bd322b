import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Workbook } from 'exceljs'
import type { NoticeSummary } from '../../cloudfunctions/_shared/contract/notices-api'
import { docxOfText, useConsoleApp } from '../support/console-app'
import { gateway } from '../support/gateway'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

const SEED_002 = path.resolve(__dirname, '../fixtures/seeds/002_74dd3f072b865436.txt')

/** The body rows of the table shown, cell texts as on screen. */
async function tableRows(page: import('playwright-core').Page): Promise<string[][]> {
  return page.$$eval('.t-table__body tr:not(.t-table__empty-row)', (rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim()))
  )
}

/**
 * The PC console in Chromium at 1440×900 (issue 15): the 组织部 signs in
 * (development shortcut: a real custom-login ticket through the web SDK),
 * uploads the real 2020年第3期 学习教育安排 as .docx, reads it beside the
 * parsed preview, publishes it (a past study day asks twice), follows it on
 * the dashboard, drills down to a branch's members, and Back, refresh and a
 * pasted link land in the same place; the .xlsx export holds the screen's
 * numbers; no table scrolls sideways.
 */
describe('PC console: sign in, publish a .docx notice, dashboard', () => {
  jest.setTimeout(240_000)
  const app = useConsoleApp()
  let noticeUrl = ''

  it('signs in as the 组织部 with the development shortcut and opens the dashboard', async () => {
    await app.devSignIn('组织部')
    await app.page.waitForURL(/\/console\/dashboard$/)
    await app.page.locator('.t-table__body tr', { hasText: '合计：信息工程学院党委' }).waitFor()
    await expect(app.page.getByTestId('who').textContent()).resolves.toContain('组织部')
    await expect(app.page.locator('.t-menu__item', { hasText: '学习安排' }).count()).resolves.toBe(1)
  })

  it('uploads seed 002 as .docx, shows the document beside the parsed preview, and publishes after the second yes', async () => {
    const page = app.page
    await page.locator('.t-menu__item', { hasText: '学习安排' }).click()
    await page.getByTestId('new-notice').click()
    await page.waitForURL(/\/console\/notices\/new/)
    const docx = await docxOfText(readFileSync(SEED_002, 'utf8'))
    await page.getByTestId('docx-input').setInputFiles({
      name: '2020年第3期学习教育安排.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx
    })
    await page.getByTestId('notice-sections').waitFor()
    await page.screenshot({ path: 'build/console-e2e-compose.png' })
    // The document (read in the browser) and the parse (by the function) side by side.
    await expect(page.getByTestId('source-text').textContent()).resolves.toContain('学习教育安排')
    const source = await page.getByTestId('source-text').boundingBox()
    const preview = await page.getByTestId('notice-sections').boundingBox()
    expect(source && preview && source.x + source.width <= preview.x).toBe(true)
    await expect(page.locator('input[name=year]').inputValue()).resolves.toBe('2020')
    await expect(page.locator('input[name=issueNo]').inputValue()).resolves.toBe('3')

    await page.getByTestId('publish').click()
    // Its study day (2020) has passed: published only when asked twice.
    await page.locator('.t-dialog', { hasText: '学习日期已过' }).waitFor()
    await page.locator('.t-dialog button', { hasText: '仍然发布' }).click()
    await page.waitForURL(/\/console\/notices\/n-/)
    noticeUrl = page.url()
    await expect(page.getByTestId('notice-title').textContent()).resolves.toContain('2020年第3期')
    await page.locator('.t-table__body tr').first().waitFor()
    const rows = await tableRows(page)
    expect(rows[0][0]).toBe('信息工程学院党委')
    expect(Number(rows[0][1])).toBeGreaterThan(0) // 应学（人次）: every branch's members
  })

  it('follows the notice on the dashboard: fits 1440 px, export equals the screen, drill-down, Back, refresh and a pasted link', async () => {
    const page = app.page
    await page.goto(noticeUrl)
    await page.getByTestId('open-dashboard').click()
    await page.waitForURL(/\/console\/dashboard\?.*notice=/)
    await page.locator('.t-table__body tr', { hasText: '合计：' }).waitFor()
    const committeeUrl = page.url()
    const screen = await tableRows(page)
    expect(screen[0][0]).toBe('合计：信息工程学院党委')
    expect(screen.map((row) => row[0])).toEqual(expect.arrayContaining(['教工党总支', '学生党总支']))
    expect(Math.max(...(await app.sidewaysOverflow()))).toBeLessThanOrEqual(0)

    // 导出 Excel: the same rows, cell for cell ('—' on screen is an empty cell).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()])
    const workbook = new Workbook()
    const bytes = readFileSync(await download.path())
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    const exported: string[][] = []
    sheet.eachRow((row, index) => {
      if (index <= 2) return // title and header
      const values = (row.values as unknown[]).slice(1)
      exported.push(Array.from(values, (value) => (value === null || value === undefined ? '—' : String(value))))
    })
    expect(exported.map((row) => row.concat(Array(screen[0].length - row.length).fill('—')))).toEqual(screen)

    // Sorting is part of the place (in the URL); 合计 stays first.
    await page.locator('.t-table__header th', { hasText: '应学（人次）' }).locator('.t-table-sort-desc').click()
    await page.waitForURL(/sort=noticeAssigned%3Adesc|sort=noticeAssigned:desc/)
    await page.waitForFunction(() => {
      const values = Array.from(document.querySelectorAll('.t-table__body tr'))
        .slice(1)
        .map((row) => Number(row.querySelectorAll('td')[2]?.textContent))
      return values.length > 1 && values.every((value, index) => index === 0 || values[index - 1] >= value)
    })
    const sorted = await tableRows(page)
    expect(sorted[0][0]).toBe('合计：信息工程学院党委')
    const assigned = sorted.slice(1).map((row) => Number(row[2]))
    expect(assigned).toEqual([...assigned].sort((a, b) => b - a))
    await page.goto(committeeUrl)
    await page.locator('.t-table__body tr', { hasText: '合计：' }).waitFor()

    // 全年趋势: the chart library loads on first use, the table has the year's months.
    await page.locator('.t-tabs__nav-item', { hasText: '全年趋势' }).click()
    await page.waitForURL(/tab=trend/)
    await page.locator('.echart canvas').waitFor()
    await page.locator('.t-table__body tr', { hasText: '-12' }).waitFor()
    expect(Math.max(...(await app.sidewaysOverflow()))).toBeLessThanOrEqual(0)
    await page.goBack()
    await page.waitForURL(committeeUrl)
    await page.locator('.t-table__body tr', { hasText: '合计：' }).waitFor()

    // Drill down: 教工党总支, then 教工第一党支部's members.
    await page.getByTestId('drill').filter({ hasText: '教工党总支' }).click()
    await page.waitForURL(/trail=/)
    await page
      .getByTestId('dashboard-title')
      .filter({ hasText: /^教工党总支$/ })
      .waitFor()
    await page.locator('.t-table__body tr', { hasText: '教工第一党支部' }).waitFor()
    const generalUrl = page.url()
    expect(Math.max(...(await app.sidewaysOverflow()))).toBeLessThanOrEqual(0)
    await page.getByTestId('drill').filter({ hasText: '教工第一党支部' }).click()
    await page.waitForURL(/tab=members/)
    await page
      .getByTestId('dashboard-title')
      .filter({ hasText: /^教工第一党支部$/ })
      .waitFor()
    await page.locator('.t-table__body tr').first().waitFor()
    expect((await tableRows(page)).length).toBeGreaterThan(2)
    expect(Math.max(...(await app.sidewaysOverflow()))).toBeLessThanOrEqual(0)
    const membersUrl = page.url()

    // Back climbs one level; refresh keeps the place.
    await page.goBack()
    await expect(page.waitForURL(generalUrl)).resolves.toBeUndefined()
    await page
      .getByTestId('dashboard-title')
      .filter({ hasText: /^教工党总支$/ })
      .waitFor()
    await page.reload()
    await page.locator('.t-table__body tr', { hasText: '教工第一党支部' }).waitFor()
    await page
      .getByTestId('dashboard-title')
      .filter({ hasText: /^教工党总支$/ })
      .waitFor()
    await page.goBack()
    await page.waitForURL(committeeUrl)
    await page.locator('.t-table__body tr', { hasText: '学生党总支' }).waitFor()

    // The unit picker jumps anywhere in scope, keeping the notice.
    await page.locator('.unit-picker').click()
    await page.locator('.t-tree__item', { hasText: '学生党总支' }).first().click()
    await page
      .getByTestId('dashboard-title')
      .filter({ hasText: /^学生党总支$/ })
      .waitFor()
    expect(page.url()).toMatch(/notice=/)
    expect(page.url()).not.toMatch(/trail=/)

    // A pasted link (a new tab of the same browser) opens the branch's members.
    const pasted = await app.context.newPage()
    await pasted.goto(membersUrl)
    await pasted.locator('.t-table__body tr').first().waitFor()
    await pasted
      .getByTestId('dashboard-title')
      .filter({ hasText: /^教工第一党支部$/ })
      .waitFor()
    await pasted.close()
  })

  it('pastes a notice and publishes it to one 党总支 only: its progress lists that one alone', async () => {
    const page = app.page
    // Seed 002 moved to next year: its study day is ahead, so no second confirmation.
    const text = readFileSync(SEED_002, 'utf8').replaceAll('2020', '2027')
    await page.goto(`${app.base}/notices/new?input=text`)
    await page.locator('.input-pane textarea').fill(text)
    await page.locator('.input-pane button', { hasText: '解析' }).click()
    await page.getByTestId('notice-sections').waitFor()
    await expect(page.locator('input[name=year]').inputValue()).resolves.toBe('2027')
    await page.locator('.publish-panel .t-tree-select').click()
    await page.locator('.t-tree__item', { hasText: '教工党总支' }).locator('.t-checkbox').first().click()
    await page.locator('.publish-panel h3').click() // close the popup
    await page.getByTestId('publish').click()
    await page.waitForURL(/\/console\/notices\/n-/)
    await page.locator('.t-table__body tr', { hasText: '教工党总支' }).waitFor()
    // Only the chosen 党总支 was reached: the notice's progress lists it alone, holding every assignment.
    const rows = await tableRows(page)
    expect(rows.map((row) => row[0])).toEqual(['信息工程学院党委', '教工党总支'])
    expect(Number(rows[1][1])).toBeGreaterThan(0)
    expect(rows[1][1]).toBe(rows[0][1])
  })

  it('撤回 a notice asks for a reason and a second yes, and the list then says 已撤回', async () => {
    const page = app.page
    const gw = gateway(app.demo.emulator.url)
    const draft: NoticeSummary = await gw.ok('notices', 'notices.saveDraft', { draft: sampleDraft(31) }, people.orgDepartment)
    await gw.ok('notices', 'notices.publish', { id: draft.id }, people.orgDepartment)
    await page.goto(`${app.base}/notices/${draft.id}`)
    await page.getByTestId('withdraw').click()
    const dialog = page.locator('.t-dialog', { hasText: '撤回' })
    await dialog.waitFor()
    // No reason: nothing happens but a prompt.
    await dialog.locator('button', { hasText: '确认撤回' }).click()
    await page.locator('.t-message', { hasText: '请填写撤回原因' }).waitFor()
    await dialog.locator('textarea').fill('日期有误，将重新发布')
    await dialog.locator('button', { hasText: '确认撤回' }).click()
    await page.locator('.t-message', { hasText: '已撤回' }).waitFor()
    await expect(page.getByTestId('withdraw').count()).resolves.toBe(0)
    await page.goto(`${app.base}/notices`)
    await page.locator('.t-table__body tr', { hasText: '2026年第31期' }).locator('.t-tag', { hasText: '已撤回' }).waitFor()
  })

  it('退出登录 ends the session: the dashboard then asks to sign in again', async () => {
    const page = app.page
    await page.locator('button', { hasText: '退出登录' }).click()
    await page.waitForURL(/\/console\/signin/)
    await page.goto(`${app.base}/dashboard`)
    await page.waitForURL(/\/console\/signin\?from=/)
  })
})
