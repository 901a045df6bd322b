import type { Browser, BrowserContext, Page } from 'playwright-core'
import { Document, Packer, Paragraph } from 'docx'
import { DEFAULT_CONSOLE_DIR } from '../../emulator/core/constants'
import { launchChromium } from './browser'
import { startDemoEmulator } from './demo'

/** The desktop the console is built for. */
export const CONSOLE_VIEWPORT = { width: 1440, height: 900 }

export interface ConsoleApp {
  demo: Awaited<ReturnType<typeof startDemoEmulator>>
  browser: Browser
  context: BrowserContext
  page: Page
  /** http://127.0.0.1:<port>/console */
  base: string
  /** Signs in with the development build's 以演示用户登录 (the demo user list's label contains `label`). */
  devSignIn(label: string): Promise<void>
  /** Picks the demo user whose label contains `label` in 以演示用户登录, until the choice has taken (the button enables). */
  pickDemoUser(label: string): Promise<void>
  /** scrollWidth − clientWidth of the page and of every table wrapper on it (all ≤ 0 when nothing scrolls sideways). */
  sidewaysOverflow(): Promise<number[]>
}

/**
 * One e2e suite's console: the demo emulator serving the console build
 * (PS_CONSOLE_DIR, default build/console) at /console/, and Chromium at
 * 1440×900. Registers its own beforeAll/afterAll.
 */
export function useConsoleApp(): ConsoleApp {
  const app = {} as ConsoleApp
  beforeAll(async () => {
    app.demo = await startDemoEmulator({ consoleDir: DEFAULT_CONSOLE_DIR })
    app.base = `${app.demo.emulator.url}/console`
    app.browser = await launchChromium()
    app.context = await app.browser.newContext({ viewport: CONSOLE_VIEWPORT, acceptDownloads: true, locale: 'zh-CN' })
    app.page = await app.context.newPage()
  })
  afterAll(async () => {
    await app.browser?.close()
    await app.demo?.close()
  })
  app.pickDemoUser = async (label) => {
    const page = app.page
    const input = page.locator('.dev-signin .t-select input')
    // Nothing is preselected: the pick has taken once the select shows it. A click lost while the
    // dropdown opens under load is tried again, rather than signing in as whoever was chosen before.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await page.locator('.dev-signin .t-select').click()
      await page.locator('.t-select-option', { hasText: label }).first().click()
      if ((await input.inputValue()).includes(label)) return
      await page.waitForTimeout(500)
    }
    throw new Error(`以演示用户登录：没能选中“${label}”`)
  }
  app.devSignIn = async (label) => {
    const page = app.page
    await page.goto(`${app.base}/signin`)
    await app.pickDemoUser(label)
    await page.getByTestId('dev-signin').click()
    await page.getByTestId('who').waitFor()
  }
  app.sidewaysOverflow = () =>
    app.page.evaluate(() =>
      [document.documentElement, ...Array.from(document.querySelectorAll('.t-table__content'))].map((el) => el.scrollWidth - el.clientWidth)
    )
  return app
}

/** A .docx of a text, a paragraph a line: the way the 组织部 receives a 学习教育安排. */
export async function docxOfText(text: string): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: text.split(/\r?\n/).map((line) => new Paragraph(line)) }] })
  return Packer.toBuffer(doc)
}
