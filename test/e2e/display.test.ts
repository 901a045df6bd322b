import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { seedDemoMeetings } from '../../scripts/seed/demo-meetings'
import { seedDemoNotice } from '../../scripts/seed/demo-notice'
import { gateway } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { layoutProblems } from '../support/layout-check'
import { people } from '../support/people'

/**
 * 大字模式 (issue 14 item 6, 适老化) in Chromium on a phone-sized screen: the
 * switch under 我的 makes text 1.5× on every page (and stays on after a
 * reload), and the home, notice, check-in and 工作台 pages still fit at 1.5×:
 * nothing wider or taller than its box, nothing cut by overflow: hidden, no
 * sideways page, tap targets ≥ 44 px. Screenshots of each page at 1× and
 * 1.5× go to build/test-results/display/ for a person to compare.
 */
const SHOTS = path.resolve(__dirname, '../../build/test-results/display')

describe('H5 app: 大字模式 at 1.5× keeps every page usable', () => {
  jest.setTimeout(240_000)
  const app = useH5App()

  // The demo's study notice and 教工第一党支部's meetings (a 集体学习 open for check-in), as `npm start` seeds them.
  let noticeId = ''
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    noticeId = await seedDemoNotice(app.demo.emulator.url, people.orgDepartment.openId)
    await seedDemoMeetings(app.demo.emulator.url, people.staff1Secretary.openId, noticeId)
  })

  /** The scale the page root carries, and the size of one text element. */
  const scaleOf = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ps-font-scale').trim())
  const fontSize = (page: Page, selector: string) => page.$eval(selector, (el) => parseFloat(getComputedStyle(el).fontSize))
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })

  it('the home, notice, check-in and 工作台 pages fit at 1.5×; a fixed-height button is caught', async () => {
    const { demo, page, visible, actAs } = app
    await page.setViewportSize({ width: 375, height: 812 })
    const member = demo.accounts.find((account) => account.label === '教工第一党支部 · 党员')!
    const check = async (name: string) => {
      await page.waitForTimeout(400) // Taro's page transition
      await shot(page, name)
      expect(await layoutProblems(page, visible('.ps-page'))).toEqual([])
    }

    // 1×: the home page as it is, for the comparison.
    await actAs(member.openId, '/pages/home/index')
    await page.waitForSelector(visible('.ps-notice-item__title'))
    const standard = await fontSize(page, visible('.ps-notice-item__title'))
    await check('home-1x')

    // 我的 → 大字模式.
    await actAs(member.openId, '/pages/me/index')
    await page.waitForSelector(visible('.ps-large-text-entry'))
    expect(await page.textContent(visible('.ps-large-text-entry'))).toContain('大字模式')
    await page.click(visible('.ps-large-text-entry'))
    await page.waitForSelector(`${visible('.ps-large-text-entry')}:has-text("已开启")`)
    expect(await scaleOf(page)).toBe('1.5')
    await check('me-1.5x')

    // Home at 1.5× (after a reload: the choice is kept on the device).
    await actAs(member.openId, '/pages/home/index')
    await page.waitForSelector(visible('.ps-notice-item__title'))
    expect(await scaleOf(page)).toBe('1.5')
    expect((await fontSize(page, visible('.ps-notice-item__title'))) / standard).toBeCloseTo(1.5, 1)
    await check('home-1.5x')

    // The notice with its materials, the 听学 control, and a material's full text in the popup.
    await actAs(member.openId, `/packages/notices/pages/detail/index?id=${encodeURIComponent(noticeId)}`)
    await page.waitForSelector(visible('.ps-notice-materials'))
    await check('notice-1.5x')

    // The check itself: buttons given a fixed height that their 1.5× text does not fit are reported
    // (the style is removed again before going on).
    const fixed = await page.addStyleTag({ content: 'body .nut-button { height: 20px !important; min-height: 0 !important; }' })
    const problems = await layoutProblems(page, visible('.ps-page'))
    expect(problems.filter((problem) => problem.startsWith('taller than its box') && problem.includes('ps-listen-play'))).toHaveLength(1)
    expect(problems.some((problem) => problem.startsWith('tap target') && problem.includes('ps-listen-play'))).toBe(true)
    await fixed.evaluate((style) => style.parentNode?.removeChild(style))
    expect(await layoutProblems(page, visible('.ps-page'))).toEqual([])
    await page.click(`${visible('.ps-notice-material')} >> nth=1`)
    await page.waitForSelector('.ps-n-fulltext .ps-n-fulltext__title')
    await check('notice-material-1.5x')

    // Check-in: the member scans the 集体学习's code and sees the result.
    const gw = gateway(demo.emulator.url)
    const study = (await gw.ok('meetings', 'meetings.list', { view: 'member', page: 1, pageSize: 20 }, member.openId)).items.find(
      (meeting) => meeting.type === 'collective_study'
    )!
    const code = await gw.ok('meetings', 'checkin.code', { id: study.id }, people.staff1Secretary)
    await actAs(member.openId, `/packages/meetings/pages/checkin/index?scene=${encodeURIComponent(code.wxaCode!.scene)}`)
    await page.waitForSelector(`${visible('.ps-checkin-status')}:text-is("签到成功")`)
    await check('checkin-1.5x')

    // 工作台 of the branch secretary (pending items, entries) and of the 组织部.
    await actAs(people.staff1Secretary.openId, '/pages/work/index')
    await page.waitForSelector(visible('.ps-work-entry'))
    expect(await scaleOf(page)).toBe('1.5')
    await check('work-secretary-1.5x')
    await actAs(people.orgDepartment.openId, '/pages/work/index')
    await page.waitForSelector(visible('.ps-work-entry'))
    await check('work-org-1.5x')
  })
  it('the other pages of a member, a branch secretary and the 组织部 fit at 1.5× too', async () => {
    const { demo, page, visible, actAs } = app
    await page.setViewportSize({ width: 375, height: 812 })
    const branch = 'u-b-staff-1'
    const secretary = people.staff1Secretary.openId
    const meeting = (await gateway(demo.emulator.url).ok('meetings', 'meetings.list', { view: 'member', page: 1, pageSize: 5 }, secretary)).items[0]
    const member = demo.accounts.find((account) => account.label === '教工第一党支部 · 党员')!
    const visits: Array<[string, string]> = [
      [member.openId, '/packages/feedback/pages/mine/index'],
      [member.openId, '/packages/meetings/pages/makeup/index'],
      [member.openId, '/packages/me/pages/data/index'],
      [member.openId, '/packages/me/pages/privacy/index'],
      [secretary, `/packages/org/pages/members/index?unitId=${branch}`],
      [secretary, `/packages/meetings/pages/manage/index?unitId=${branch}`],
      [secretary, `/packages/meetings/pages/detail/index?id=${encodeURIComponent(meeting.id)}`],
      [secretary, `/packages/meetings/pages/rule/index?unitId=${branch}`],
      [secretary, `/packages/meetings/pages/edit/index?unitId=${branch}`],
      [secretary, `/packages/notices/pages/branch/index?id=${encodeURIComponent(noticeId)}&unitId=${branch}`],
      [secretary, `/packages/dashboard/pages/index/index?unitId=${branch}`],
      [people.orgDepartment.openId, '/packages/dashboard/pages/index/index'],
      [people.orgDepartment.openId, '/packages/dashboard/pages/quotas/index'],
      [people.orgDepartment.openId, '/packages/notices/pages/manage/index?unitId=u-committee'],
      [people.orgDepartment.openId, '/packages/org/pages/units/index'],
      [people.orgDepartment.openId, '/packages/feedback/pages/inbox/index']
    ]
    // 大字模式 on, as the switch under 我的 stores it (Taro's storage format), whatever ran before.
    await actAs(member.openId, '/pages/me/index')
    await page.evaluate(() => window.localStorage.setItem('ps.largeText', JSON.stringify({ data: 'on' })))
    const found: string[] = []
    for (const [who, route] of visits) {
      await actAs(who, route)
      // Loaded: the page root shows something beyond the loading state.
      await page
        .waitForFunction((selector) => !document.querySelector(`${selector} .nut-loading`), visible('.ps-page'), { timeout: 15_000 })
        .catch(() => undefined)
      await page.waitForTimeout(1000)
      expect(await scaleOf(page)).toBe('1.5')
      for (const problem of await layoutProblems(page, visible('.ps-page'))) found.push(`${route}: ${problem}`)
    }
    expect(found).toEqual([])
  })
})
