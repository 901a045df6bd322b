import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../support/browser'
import { startDemoEmulator } from '../support/demo'

/** 组织架构 in the H5 build: the 组织部 adds a 党支部 under a 党总支 and sees it in the tree. */
describe('H5 app: org tree', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    demo = await startDemoEmulator()
    browser = await launchChromium()
    page = await browser.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await demo?.close()
  })

  const visible = (selector: string): string => `.taro_page:not(.taro_page_shade) ${selector}`

  it('the 组织部 adds a 党支部 under a 党总支', async () => {
    const orgDepartment = demo.accounts.find((account) => account.label.endsWith('组织部'))!
    const generalBranch = demo.accounts.find((account) => account.label.endsWith('党总支书记'))!.label.split(' · ')[0]

    await page.goto(`${demo.emulator.url}/#/pages/work/index`)
    await page.evaluate((id) => window.localStorage.setItem('ps.demoOpenId', id), orgDepartment.openId)
    await page.reload()
    await page.click(`${visible('.ps-work-entry')}:has-text("组织架构")`)

    const parentRow = `${visible('.ps-unit-node')}:has-text("${generalBranch}")`
    await page.waitForSelector(parentRow)
    expect(await page.locator(visible('.ps-unit-node')).count()).toBeGreaterThanOrEqual(9)
    await page.click(`${parentRow} .ps-unit-add`)

    await page.fill(visible('.ps-unit-name-input input'), '新设第四党支部')
    // Under a 党总支 only a 党支部 may sit: the one choice, already chosen.
    expect(await page.textContent(visible('.ps-unit-type'))).toBe('党支部')
    await page.click(visible('.ps-unit-submit'))

    const newRow = `${visible('.ps-unit-node')}:has-text("新设第四党支部")`
    await page.waitForSelector(newRow)
    expect(await page.textContent(newRow)).toContain('党支部 · 0 人')

    // It is in the database, not only on screen: a reload shows it again.
    await page.reload()
    await page.waitForSelector(newRow)
  })
})
