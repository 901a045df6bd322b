import type { BrowserContext, Page } from 'playwright-core'
import { gateway } from '../support/gateway'
import { people } from '../support/people'
import { useConsoleApp } from '../support/console-app'

/**
 * 微信扫码登录 (issue 15 item 3) in Chromium: the console (1440×900) shows a
 * 小程序码 and its short code; a second browser context plays the phone — the
 * mini-program's H5 build acting as a WeChat user — and opens the page the
 * code leads to. A member without a console role is told so and cannot let
 * the browser in; the 组织部 sees the same short code and confirms; the
 * console, polling, signs in with the ticket and shows who is signed in.
 */
describe('PC console: scan sign-in with a second context as the phone', () => {
  jest.setTimeout(240_000)
  const app = useConsoleApp()
  let phone: BrowserContext
  let phonePage: Page
  let usedScene = ''
  let usedCode = ''

  beforeAll(async () => {
    phone = await app.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    phonePage = await phone.newPage()
  })
  afterAll(async () => {
    await phone?.close()
  })

  /** The phone scans as `openId`: the mini-program opens the confirm page with the code's scene. */
  async function scanAs(openId: string, scene: string): Promise<void> {
    const url = `${app.demo.emulator.url}/#/packages/signin/pages/confirm/index?scene=${encodeURIComponent(scene)}`
    // Who scans is stored before the page loads (from a same-origin page that is not the app): the confirm page
    // reports the scan on arrival, and must do so once, as this user.
    await phonePage.goto(`${app.demo.emulator.url}/gateway/demo-users`)
    await phonePage.evaluate((id) => window.localStorage.setItem('ps.demoOpenId', id), openId)
    await phonePage.goto(url)
  }
  const onPhone = (selector: string): string => `.taro_page:not(.taro_page_shade) ${selector}`

  it('shows a 小程序码 with a short code; a member without a console role cannot confirm; the 组织部 confirms and the console signs in', async () => {
    const page = app.page
    await page.goto(`${app.base}/dashboard?tab=trend`)
    await page.waitForURL(/\/console\/signin\?from=/)
    const code = (await page.getByTestId('signin-code').textContent())?.trim() ?? ''
    expect(code).toMatch(/^[A-Z2-9]{6}$/)
    const scene = (await page.locator('[data-scene]').getAttribute('data-scene')) ?? ''
    expect(scene).not.toBe('')
    usedScene = scene
    usedCode = code
    await expect(page.locator('img.scan-code').getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/)

    // A plain member (one the H5 dev bar offers) scans: told why, no 确认登录.
    const plainMember = app.demo.accounts.find((account) => account.label.endsWith('· 党员'))
    if (!plainMember) throw new Error('the demo seed lists no plain member')
    await scanAs(plainMember.openId, scene)
    await phonePage.locator(onPhone('.ps-signin-denied')).waitFor()
    await expect(phonePage.locator(onPhone('.ps-signin-confirm')).count()).resolves.toBe(0)

    // The 组织部 scans: the phone shows the console's code; 确认登录.
    await scanAs(people.orgDepartment.openId, scene)
    await expect(phonePage.locator(onPhone('.ps-signin-code')).textContent()).resolves.toBe(code)
    await phonePage.locator(onPhone('.ps-signin-confirm')).click()
    await phonePage.locator(onPhone('.ps-signin-done')).waitFor()

    // The console, polling, signs in and returns to where it was sent from.
    await page.getByTestId('who').waitFor({ timeout: 15_000 })
    await expect(page.getByTestId('who').textContent()).resolves.toContain(people.orgDepartment.name)
    await page.waitForURL(/\/console\/dashboard\?tab=trend/)
  })

  it('退出登录 returns to a fresh code, and the used one does not work twice', async () => {
    const page = app.page
    await page.locator('button', { hasText: '退出登录' }).click()
    await page.waitForURL(/\/console\/signin/)
    const code = (await page.getByTestId('signin-code').textContent())?.trim() ?? ''
    expect(code).toMatch(/^[A-Z2-9]{6}$/)
    expect(code).not.toBe(usedCode)
    await scanAs(people.orgDepartment.openId, usedScene)
    await expect(phonePage.locator(onPhone('.ps-signin-problem')).textContent()).resolves.toContain('已失效')
    await expect(phonePage.locator(onPhone('.ps-signin-confirm')).count()).resolves.toBe(0)
  })

  it('a plain member cannot get in with the development shortcut either', async () => {
    const page = app.page
    const plainMember = app.demo.accounts.find((account) => account.label.endsWith('· 党员'))
    if (!plainMember) throw new Error('the demo seed lists no plain member')
    await page.goto(`${app.base}/signin`)
    await app.pickDemoUser(plainMember.label)
    await page.getByTestId('dev-signin').click()
    await page.locator('.dev-signin .t-alert').waitFor()
    await expect(page.getByTestId('who').count()).resolves.toBe(0)
  })

  it('a branch secretary sees their branch only; a pasted link to the committee shows a refusal, not its numbers', async () => {
    const page = app.page
    const tree = await gateway(app.demo.emulator.url).ok('org', 'units.tree', {}, people.orgDepartment)
    const committee = tree.find((unit) => unit.type === 'committee')
    if (!committee) throw new Error('no committee in the demo tree')
    await app.devSignIn(people.staff1Secretary.name)
    await page.waitForURL(/\/console\/dashboard/)
    await expect(page.locator('.t-menu__item', { hasText: '学习安排' }).count()).resolves.toBe(1)
    await page.goto(`${app.base}/notices`)
    await page.locator('.page-head h2', { hasText: '学习安排' }).waitFor()
    // Still the secretary after the reload (the login the web SDK kept), so what follows is about their rights.
    await expect(page.getByTestId('who').textContent()).resolves.toContain(people.staff1Secretary.name)
    await expect(page.getByTestId('new-notice').count()).resolves.toBe(0) // publishing is the 组织部's
    await page.goto(`${app.base}/dashboard?unit=${committee.id}`)
    await page.locator('.status-error').waitFor()
    await expect(page.locator('.t-table__body tr', { hasText: '合计' }).count()).resolves.toBe(0)
  })
})
