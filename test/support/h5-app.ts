import type { Browser, Page } from 'playwright-core'
import { registerDemoAccounts } from '../../scripts/seed/seed'
import type { DemoAccount } from '../../scripts/seed/demo-org'
import { launchChromium } from './browser'
import { startDemoEmulator } from './demo'

export interface H5App {
  demo: Awaited<ReturnType<typeof startDemoEmulator>>
  page: Page
  /** Taro H5 keeps earlier pages (and hidden tabs) in the DOM; this scopes a selector to the page shown. */
  visible(selector: string): string
  /** Opens `route` (e.g. '/pages/work/index') as the given WeChat user, as the dev switcher would, with the 隐私保护指引 agreed. */
  actAs(openId: string, route: string): Promise<void>
  /** Makes extra accounts selectable (the switcher resets an unknown openid to the first account). */
  allowAccounts(accounts: DemoAccount[]): Promise<void>
}

/**
 * One e2e suite's app: the demo emulator serving the H5 build, and one
 * Chromium page. Registers its own beforeAll/afterAll; read the fields inside tests.
 */
export function useH5App(): H5App {
  let browser: Browser | undefined
  const app = {
    visible: (selector: string) => `.taro_page:not(.taro_page_shade) ${selector}`
  } as H5App

  beforeAll(async () => {
    app.demo = await startDemoEmulator()
    browser = await launchChromium()
    app.page = await browser.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await app.demo?.close()
  })

  app.actAs = async (openId, route) => {
    // The identity is stored from a page of the same origin that is not the app, before the app loads: a page
    // that acts on arrival (check-in) must run once, as this user. Loading the route first and reloading let the
    // first load act too, as whoever the storage named when its calls went out (the CI flake: 已签到, not 签到成功).
    await app.page.goto(`${app.demo.emulator.url}/gateway/demo-users`)
    await app.page.evaluate((id) => {
      window.localStorage.setItem('ps.demoOpenId', id)
      // The 用户隐私保护指引 counts as agreed (src/lib/privacy.ts), so journeys that copy or pick a file are not
      // stopped by the popup; test/e2e/privacy.test.ts removes it to see the popup.
      window.localStorage.setItem('ps-privacy-agreed-v1', '1')
    }, openId)
    await app.page.goto(`${app.demo.emulator.url}/#${route}`)
  }
  app.allowAccounts = async (accounts) => {
    const known = new Set(app.demo.accounts.map((account) => account.openId))
    await registerDemoAccounts(app.demo.emulator.url, [...app.demo.accounts, ...accounts.filter((account) => !known.has(account.openId))])
  }
  return app
}
