import { execFile } from 'node:child_process'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/_shared/data/org-docs'
import { SECRET_NAMES } from '../../cloudfunctions/_shared/runtime/secrets'
import { DEFAULT_FUNCTIONS_DIR, DEFAULT_STATIC_DIR, ROOT } from '../../emulator/core/constants'
import { registerDemoAccounts } from '../../scripts/seed/seed'
import { launchChromium } from '../support/browser'
import { scratchDir, startTestEmulator, type TestEmulator } from '../support/emulator'

/**
 * Go-live acceptance: on a fresh emulator (no demo data; collections, indexes
 * and rules as `npm run deploy` makes them, the documented order: deploy, then
 * bootstrap), `npm run admin -- bootstrap` sets up the 党委 and prints an invite; the
 * first 组织部 account redeems it in the H5 app and creates a 党总支 there.
 */
const COMMITTEE = '上线测试学院党委'
const ADMIN = '钱组织'
const PHONE = '13987654321'
const GENERAL_BRANCH = '机关党总支'
/** The administrator's WeChat: unknown to the environment until the invite is redeemed. */
const ADMIN_WECHAT = { openId: 'wx-first-admin', name: '首位管理员的微信', label: '尚未加入组织（用邀请码加入）' }

/** The admin tool as an operator runs it (`npm run admin -- …`): its own process, without the functions' secrets (it takes them from the emulator). */
function runAdmin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of SECRET_NAMES) delete env[name]
  delete env.TENCENTCLOUD_SECRETID
  delete env.TENCENTCLOUD_SECRETKEY
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/admin.ts'), ...args],
      { cwd: ROOT, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      }
    )
  })
}

describe('go-live: admin bootstrap, then the first 组织部 joins in the H5 app', () => {
  jest.setTimeout(120_000)
  let t: TestEmulator
  let browser: Browser
  let page: Page
  const visible = (selector: string) => `.taro_page:not(.taro_page_shade) ${selector}`
  /** Opens a route of the H5 app (as a WeChat user opening the mini-program at that page). */
  const open = async (route: string) => {
    await page.goto(`${t.emulator.url}/#${route}`)
    await page.reload()
  }

  beforeAll(async () => {
    // Fresh: deployed (startTestEmulator provisions through the deploy's code), no data, no demo seed.
    t = await startTestEmulator({ dataDir: scratchDir('bootstrap-e2e'), functionsDir: DEFAULT_FUNCTIONS_DIR, staticDir: DEFAULT_STATIC_DIR })
    browser = await launchChromium()
    page = await browser.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await t?.close()
  })

  it('bootstrap prints an invite; the admin joins with it, is the 组织部 of the 党委, and adds a 党总支', async () => {
    expect((await t.db.collection('units').count()).total).toBe(0)
    expect((await t.db.collection('members').count()).total).toBe(0)

    // 1. The operator's command, and the invite it prints (stdout only).
    const run = await runAdmin(['--url', t.emulator.url, 'bootstrap', '--name', COMMITTEE, '--admin-name', ADMIN, '--phone', PHONE])
    expect(run).toMatchObject({ code: 0 })
    const code = /^邀请码：([2-9A-Z]{8})$/m.exec(run.stdout)?.[1]
    if (!code) throw new Error(`bootstrap printed no invite:\n${run.stdout}\n${run.stderr}`)
    const joinPath = /^加入路径：(\S+)$/m.exec(run.stdout)?.[1]
    expect(joinPath).toBe(`/packages/org/pages/join/index?code=${code}`)
    expect(run.stderr).toContain(`已设立党委“${COMMITTEE}”`)

    // 2. The administrator's WeChat, offered by the dev user switcher; it has not joined anything yet.
    await registerDemoAccounts(t.emulator.url, [ADMIN_WECHAT])
    await open('/pages/me/index')
    await page.waitForSelector(`${visible('.ps-dev-current')}:has-text("${ADMIN_WECHAT.name}")`)
    expect(await page.evaluate(() => window.localStorage.getItem('ps.demoOpenId'))).toBe(ADMIN_WECHAT.openId)
    await page.waitForSelector(visible('.ps-me-no-member'))

    // 3. 我的 → 使用邀请码加入 → the printed code (typed in lower case, as people do).
    await page.click(visible('.ps-me-join'))
    await page.waitForSelector(visible('.ps-join-input input'))
    await page.fill(visible('.ps-join-input input'), code.toLowerCase())
    await page.click(visible('.ps-join-submit'))
    await page.waitForSelector(visible('.ps-join-success'))
    expect(await page.textContent(visible('.ps-join-success-name'))).toBe(ADMIN)
    expect(await page.textContent(visible('.ps-join-success-unit'))).toBe(COMMITTEE)

    await page.click(visible('.ps-join-me'))
    await page.waitForSelector(`${visible('.ps-me-unit')}:has-text("${COMMITTEE}")`)
    expect(await page.textContent(visible('.ps-me-name'))).toBe(ADMIN)
    expect(await page.textContent(visible('.ps-me-roles'))).toContain('组织部')

    await open('/pages/home/index')
    await page.waitForSelector(`${visible('.ps-greeting')}:has-text("你好，${ADMIN}")`)

    // 4. 工作台 → 组织架构: the 党委 alone; add a 党总支 under it.
    await open('/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("组织架构")`)
    const committeeRow = `${visible('.ps-unit-node')}:has-text("${COMMITTEE}")`
    await page.waitForSelector(committeeRow)
    expect(await page.locator(visible('.ps-unit-node')).count()).toBe(1)
    expect(await page.textContent(committeeRow)).toContain('党委 · 1 人')
    await page.click(`${committeeRow} .ps-unit-add`)

    await page.waitForSelector(visible('.ps-unit-name-input input'))
    // Under a 党委: a 党总支 or a 直属党支部; the 党总支 is chosen.
    await page.click(`${visible('.ps-unit-type .nut-radio-button')}:has-text("党总支")`)
    expect(await page.textContent(visible('.ps-unit-type .nut-radio-button-active'))).toBe('党总支')
    await page.fill(visible('.ps-unit-name-input input'), GENERAL_BRANCH)
    await page.click(visible('.ps-unit-submit'))

    const newRow = `${visible('.ps-unit-node')}:has-text("${GENERAL_BRANCH}")`
    await page.waitForSelector(newRow)
    expect(await page.textContent(newRow)).toContain('党总支 · 0 人')
    // Saved, not only drawn: a reload shows it again.
    await page.reload()
    await page.waitForSelector(newRow)
    expect(await page.locator(visible('.ps-unit-node')).count()).toBe(2)

    // 5. The database: the 党总支 under the 党委, and the admin bound to this WeChat, the invite used.
    const committee = ((await t.db.collection('units').where({ type: 'committee' }).get()).data as UnitDoc[])[0]
    expect(committee).toMatchObject({ name: COMMITTEE, parentId: null, path: `/${committee._id}/` })
    const created = (await t.db.collection('units').where({ name: GENERAL_BRANCH }).get()).data as UnitDoc[]
    expect(created).toHaveLength(1)
    expect(created[0]).toMatchObject({
      type: 'general_branch',
      parentId: committee._id,
      path: `/${committee._id}/${created[0]._id}/`,
      memberCount: 0,
      status: 'active'
    })
    const admins = (await t.db.collection('members').where({ openid: ADMIN_WECHAT.openId }).get()).data as MemberDoc[]
    expect(admins).toHaveLength(1)
    expect(admins[0]).toMatchObject({ name: ADMIN, unitId: committee._id })
    expect(admins[0].roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'org_department', unitId: committee._id })]))
    expect((await t.db.collection('invites').doc(code).get()).data[0]).toMatchObject({ memberId: admins[0]._id, usedBy: ADMIN_WECHAT.openId })
  })
})
