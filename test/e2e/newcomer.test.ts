import { readFileSync } from 'node:fs'
import path from 'node:path'
import { seedDemoMeetings } from '../../scripts/seed/demo-meetings'
import { seedDemoNotice } from '../../scripts/seed/demo-notice'
import { gateway } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { people } from '../support/people'

/**
 * Issue 13 item 9, as a newcomer tries the demo in Chromium: the README's
 * journeys work as written, a refusal says its sentence once, 新用户 finds the
 * way in on 首页, 我的 lists my own records, Back during a page transition
 * leaves 首页 shown, and no call goes out before the dev bar picks a user.
 */
describe('H5 app: a newcomer tries the demo', () => {
  jest.setTimeout(120_000)
  const app = useH5App()
  const home = '/pages/home/index'

  /** Picks an account in the dev bar (by its name and unit), as a person would. */
  async function pick(name: string, unit: string): Promise<void> {
    const { page, visible } = app
    await page.click(`${visible('.ps-dev-switcher')} >> visible=true`)
    await page.click(`.ps-dev-option:has-text("${name}"):has-text("${unit}") >> visible=true`)
    await page.waitForSelector(`${visible('.ps-dev-current')}:text-is("${name}")`)
  }

  it('(f) a fresh browser settles who is acting before its first call: no call goes out as nobody', async () => {
    const { demo, page, visible } = app
    // A new context: nothing remembered, and no earlier page still running that could call in between.
    const fresh = await page.context().browser()!.newPage()
    const calls: Array<{ url: string; openId: string }> = []
    const failures: string[] = []
    fresh.on('request', (request) => {
      if (request.url().includes('/gateway/functions/')) calls.push({ url: request.url(), openId: request.headers()['x-demo-openid'] ?? '' })
    })
    fresh.on('response', (response) => {
      if (response.url().includes('/gateway/') && response.status() >= 400) failures.push(`${response.status()} ${response.url()}`)
    })
    fresh.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text())
    })
    try {
      await fresh.goto(`${demo.emulator.url}/#${home}`)
      const first = demo.accounts[0]
      await fresh.waitForSelector(`${visible('.ps-greeting')}:has-text("${first.name}")`)
      expect(calls.length).toBeGreaterThanOrEqual(1)
      expect(calls.filter((call) => call.openId !== first.openId)).toEqual([])
      expect(failures).toEqual([])
    } finally {
      await fresh.close()
    }
  })

  it("(a) the README's journeys as written: its accounts in the switcher, the demo notice, and the check-in from 工作台 to 我的记录", async () => {
    const { demo, page, visible } = app
    const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ')
    for (const words of [
      '| first in the list | 信息工程学院党委 · 组织部 |',
      '| next two | 教工党总支 / 学生党总支 · 党总支书记 |',
      "| next six | each branch's 支部书记 |",
      '| next three | plain members (党员) of 教工第一党支部, 教工第二党支部 and 离退休教工党支部 |',
      '| 新用户 | a WeChat user who has not joined: 首页 → 使用邀请码加入 |',
      'as its secretary open 工作台 → 组织生活 → 集体学习：本期学习教育安排 → 签到码',
      "as one of its members (the switcher's 党员 · 教工第一党支部) open the link under the QR code",
      'Any member finds what they did under 我的 → 我的记录 (请假、补学、签到)'
    ]) {
      expect(readme).toContain(words)
    }
    // What `npm start` adds to the seed (scripts/start.ts): the notice, then the branch's 主题党日 rule and 集体学习.
    const noticeId = await seedDemoNotice(demo.emulator.url, demo.accounts[0].openId)
    expect(noticeId).toMatch(/^n-/)
    await seedDemoMeetings(demo.emulator.url, people.staff1Secretary.openId, noticeId)

    // The switcher lists the accounts in the README's order, grouped by role.
    await page.goto(`${demo.emulator.url}/#${home}`)
    await page.click(visible('.ps-dev-switcher'))
    await page.waitForSelector('.ps-dev-group >> visible=true')
    const groups = await page.locator('.ps-dev-group >> visible=true').evaluateAll((nodes) =>
      nodes.map((node) => ({
        heading: node.querySelector('.ps-dev-group__heading')?.textContent ?? '',
        units: Array.from(node.querySelectorAll('.ps-dev-option__label'), (label) => label.textContent ?? ''),
        names: Array.from(node.querySelectorAll('.ps-dev-option__name'), (name) => name.textContent ?? '')
      }))
    )
    expect(groups.map((g) => [g.heading, g.units.length])).toEqual([
      ['组织部', 1],
      ['党总支书记', 2],
      ['支部书记', 6],
      ['党员', 3],
      ['未加入', 1]
    ])
    expect(groups[0].units).toEqual(['信息工程学院党委'])
    expect(groups[1].units).toEqual(['教工党总支', '学生党总支'])
    expect(groups[3].units).toEqual(['教工第一党支部', '教工第二党支部', '离退休教工党支部'])
    expect(groups[4].names).toEqual(['新用户'])

    // As its secretary (picked in the open list): 工作台 → 组织生活 → 集体学习：本期学习教育安排 → 签到码, and the link under the QR code.
    await page.click(`.ps-dev-option:has-text("${people.staff1Secretary.name}"):has-text("教工第一党支部") >> visible=true`)
    await page.waitForSelector(`${visible('.ps-dev-current')}:text-is("${people.staff1Secretary.name}")`)
    await page.goto(`${demo.emulator.url}/#/pages/work/index`)
    await page.click(`${visible('.ps-work-entry')}:has-text("组织生活")`)
    await page.waitForSelector(visible('.ps-meeting-manage'))
    await page.click(`${visible('.ps-meeting-card')}:has-text("集体学习：本期学习教育安排")`)
    await page.waitForSelector(visible('.ps-meeting-detail'))
    await page.click(visible('.ps-meeting-screen-entry'))
    await page.waitForSelector(`${visible('.ps-checkin-phase')}:has-text("签到中")`)
    const link = ((await page.textContent(visible('.ps-checkin-url'))) ?? '').trim()
    expect(link).toMatch(/#\/packages\/meetings\/pages\/checkin\/index\?t=.+/)

    // As the switcher's 党员 · 教工第一党支部: the demo notice is there to read, and the link checks them in.
    const member = demo.accounts.find((account) => account.label === '教工第一党支部 · 党员')!
    await pick(member.name, '教工第一党支部')
    await page.goto(`${demo.emulator.url}/#${home}`)
    await page.waitForSelector(`${visible('.ps-greeting')}:has-text("${member.name}")`)
    await page.waitForSelector(`${visible('.ps-notice-item__title')}:has-text("第3期")`)
    await page.goto(link)
    await page.waitForSelector(`${visible('.ps-checkin-status')}:text-is("签到成功")`)
    expect(await page.textContent(visible('.ps-checkin-meeting'))).toBe('集体学习：本期学习教育安排')

    // (d) 我的 → 我的记录 lists it: my own check-in, and nothing under 请假.
    await page.goto(`${demo.emulator.url}/#/pages/me/index`)
    await page.waitForSelector(`${visible('.ps-me-history__title')}:text-is("我的记录")`)
    const line = `${visible('.ps-me-history__item')}:has-text("集体学习：本期学习教育安排")`
    await page.waitForSelector(line)
    expect(await page.textContent(line)).toMatch(/出席 · 扫码签到/)
    await page.click(visible('.ps-me-history__filter--leave'))
    await page.waitForSelector(`${visible('.ps-empty')}:has-text("没有请假记录")`)
    await page.click(visible('.ps-me-history__filter--checkin'))
    await page.waitForSelector(line)
    expect(await page.locator(visible('.ps-me-history__item')).count()).toBe(1)
  })

  it('(d) another member sees only their own records on 我的', async () => {
    const { demo, page, visible } = app
    await page.goto(`${demo.emulator.url}/#/pages/me/index`)
    await pick(people.staff2Members[0].name, '教工第二党支部')
    await page.waitForSelector(`${visible('.ps-me-name')}:has-text("${people.staff2Members[0].name}")`)
    await page.waitForSelector(`${visible('.ps-empty')}:has-text("还没有参会记录")`)
    expect(await page.locator(visible('.ps-me-history__item')).count()).toBe(0)
  })

  // The check-in page prints the server's message, then checkinHint(): the hint gives only the next step.
  it('(b) a refused check-in says its sentence once', async () => {
    const { demo, page, visible } = app
    const gw = gateway(demo.emulator.url)
    const staff1Member = demo.accounts.find((account) => account.label === '教工第一党支部 · 党员')!
    const study = (await gw.ok('meetings', 'meetings.list', { view: 'member', page: 1, pageSize: 20 }, staff1Member.openId)).items.find(
      (m) => m.type === 'collective_study'
    )!
    const code = await gw.ok('meetings', 'checkin.code', { id: study.id }, people.staff1Secretary)
    // Still acting as the 教工第二党支部 member: not invited.
    await page.goto(`${demo.emulator.url}/#/packages/meetings/pages/checkin/index?t=${encodeURIComponent(code.token)}`)
    await page.waitForSelector(visible('.ps-checkin-error'))
    const text = (await page.textContent(visible('.ps-checkin-result'))) ?? ''
    const sentences = text
      .split(/[。！!，,\n]/)
      .map((s) => s.trim())
      .filter((s) => s.length >= 6)
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([])
    expect(text.split('你不在本次会议的参会范围内').length - 1).toBe(1)
  })

  it('(c) 新用户 finds the way in on 首页: the invite page', async () => {
    const { demo, page, visible } = app
    await page.goto(`${demo.emulator.url}/#${home}`)
    await pick('新用户', '尚未加入组织')
    await page.waitForSelector(`${visible('.ps-greeting')}:has-text("访客")`)
    expect(await page.textContent(visible('.ps-me-join'))).toBe('使用邀请码加入') // the README's 首页 → 使用邀请码加入
    await page.click(visible('.ps-me-join'))
    await page.waitForSelector(visible('.ps-join-input'))
  })

  it('(e) browser Back during a page transition leaves 首页 shown', async () => {
    const { page, visible } = app
    const member = app.demo.accounts.find((account) => account.label === '教工第一党支部 · 党员')!
    await app.actAs(member.openId, home)
    const greeting = `${visible('.ps-greeting')}:has-text("${member.name}")`
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await page.waitForSelector(greeting)
      await page.evaluate((url) => {
        window.location.hash = url
      }, '/packages/org/pages/join/index')
      await page.waitForTimeout(60 + attempt * 40) // mid-transition
      await page.goBack()
      await page.waitForSelector(greeting, { timeout: 5000 })
      expect(await page.isVisible(greeting)).toBe(true)
      expect(page.url()).toContain(`#${home}`)
    }
  })
})
