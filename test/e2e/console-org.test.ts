import { HEADER, phoneFor, xlsx } from '../support/builders/workbook'
import { useConsoleApp } from '../support/console-app'
import { gateway } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { people } from '../support/people'
import { webBrowser } from '../support/web-sdk'
import type { Page } from 'playwright-core'

/** The body rows of the first table matching `selector`, cell texts as on screen. */
async function rowsOf(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} .t-table__body tr:not(.t-table__empty-row)`, (rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim()))
  )
}

/**
 * The page's URL comes to match: after a download Playwright's waitForURL waits
 * for a load event a history-routed page never fires, so this polls instead.
 */
async function urlMatches(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction((source) => new RegExp(source).test(window.location.href), pattern.source, { timeout: 15_000 })
}

/** Clicks the primary button of the confirmation dialog that says `text`. */
async function confirmDialog(page: Page, text: string, button: string): Promise<void> {
  const dialog = page.locator('.t-dialog', { hasText: text })
  await dialog.waitFor()
  await dialog.locator('button', { hasText: button }).click()
  // Until its closing animation ends, a second .t-dialog sits over the page and takes the next click.
  await dialog.waitFor({ state: 'hidden' })
}

/**
 * The console's 组织与党员, 年度要求, 组织生活 and 投诉建议 in Chromium at
 * 1440×900: the 组织部 imports an .xlsx with a bad row and sees its row error,
 * grants and revokes a role, opens a meeting's record, answers an anonymous
 * 投诉建议; a 支部书记 sees only their branch, no 组织部-only page, and the
 * functions refuse what the menu hides.
 */
describe('PC console: organisation, requirements, meetings, feedback', () => {
  jest.setTimeout(240_000)
  const app = useConsoleApp()
  let meetingId = ''

  it('seeds a held meeting of 教工第一党支部 and an anonymous 投诉建议 to the 组织部', async () => {
    const gw = gateway(app.demo.emulator.url)
    // A meeting yesterday, with its minutes saved after it ended (the functions' clock moved there and back).
    const start = new Date(Date.now() - 24 * 3600_000)
    start.setUTCMinutes(0, 0, 0)
    const startAt = start.toISOString()
    await setClock(app.demo.emulator.url, after(startAt, -60))
    try {
      const meeting = await gw.ok(
        'meetings',
        'meetings.create',
        { unitId: 'u-b-staff-1', meeting: sampleMeeting(startAt, { title: '控制台测试党员大会' }) },
        people.staff1Secretary
      )
      meetingId = meeting.id
      await setClock(app.demo.emulator.url, after(startAt, 180))
      await gw.ok(
        'meetings',
        'minutes.save',
        { id: meeting.id, content: '会议学习了有关精神，讨论了发展党员工作。', resolutions: ['同意列为发展对象'] },
        people.staff1Secretary
      )
    } finally {
      await setClock(app.demo.emulator.url, null)
    }
    await gw.ok(
      'feedback',
      'feedback.send',
      { requestId: 'console-e2e-feedback-1', kind: 'suggestion', to: 'org_department', content: '建议把学习材料提前一周发到支部。', anonymous: true },
      people.staff1Member
    )
  })

  it('the 组织部 sees every page in the menu; members are paged with masked phones and fit 1440 px', async () => {
    const page = app.page
    await app.devSignIn('信息工程学院党委 · 组织部')
    const menu = await page.locator('.t-menu__item').allTextContents()
    expect(menu).toEqual(expect.arrayContaining(['数据看板', '学习安排', '组织与党员', '年度要求', '组织生活', '投诉建议']))
    await page.locator('.t-menu__item', { hasText: '组织与党员' }).click()
    await page.waitForURL(/\/console\/org/)
    await page.getByTestId('org-tree').getByText('教工第一党支部', { exact: false }).click()
    await page.waitForURL(/unit=u-b-staff-1/)
    await page.locator('[data-testid=members-table] .t-table__body tr', { hasText: people.staff1Member.name }).waitFor()
    const rows = await rowsOf(page, '[data-testid=members-table]')
    expect(rows.length).toBe(6)
    for (const row of rows) expect(row[1]).toMatch(/^1\d{2}\*{4}\d{4}$/)
    expect(Math.max(...(await app.sidewaysOverflow()))).toBeLessThanOrEqual(0)
    await page.screenshot({ path: 'build/console-e2e-org.png' })
    // Refresh keeps the unit.
    await page.reload()
    await page.getByTestId('org-title').filter({ hasText: '教工第一党支部' }).waitFor()
  })

  it('imports an .xlsx: the bad row is shown with its row number and reason, only the good rows are written', async () => {
    const page = app.page
    await page.locator('.t-tabs__nav-item', { hasText: '批量导入' }).click()
    await page.waitForURL(/tab=import/)
    const file = await xlsx([
      HEADER,
      ['控制台甲', phoneFor(7001), '教工第一党支部', null, '正式党员', '在职'],
      ['控制台乙', phoneFor(7002), '教工第一党支部', null, '预备党员', '在职'],
      ['号码不对', '12345', '教工第一党支部', null, '正式党员', '在职']
    ])
    await page
      .getByTestId('import-input')
      .setInputFiles({ name: '党员名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file })
    await page.getByTestId('import-preview').waitFor()
    await expect(page.getByTestId('import-total').textContent()).resolves.toBe('3')
    await expect(page.getByTestId('import-valid').textContent()).resolves.toBe('2')
    const errors = await rowsOf(page, '[data-testid=import-errors]')
    expect(errors).toHaveLength(1)
    expect(errors[0][0]).toBe('第 4 行')
    expect(errors[0][1]).toBe('手机号')
    expect(errors[0][2].length).toBeGreaterThan(0)
    expect(Math.max(...(await app.sidewaysOverflow()))).toBeLessThanOrEqual(0)
    await page.getByTestId('import-commit').click()
    await expect(page.getByTestId('import-summary').textContent()).resolves.toContain('导入完成：新增 2，未变 0')

    const listed = await gateway(app.demo.emulator.url).ok('org', 'members.list', { unitId: 'u-b-staff-1', keyword: '控制台' }, people.orgDepartment)
    expect(listed.items.map((m) => m.name).sort()).toEqual(['控制台乙', '控制台甲'])

    // The same file again (a retry, or a second click elsewhere): nothing new is written.
    await page.locator('.t-alert button', { hasText: '再导入一份' }).click()
    await page
      .getByTestId('import-input')
      .setInputFiles({ name: '党员名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file })
    await page.getByTestId('import-commit').click()
    await expect(page.getByTestId('import-summary').textContent()).resolves.toContain('导入完成：新增 0，未变 2')
    const again = await gateway(app.demo.emulator.url).ok('org', 'members.list', { unitId: 'u-b-staff-1', keyword: '控制台' }, people.orgDepartment)
    expect(again.total).toBe(2)
  })

  it('grants a role and revokes it, each after a confirmation; the function records both', async () => {
    const page = app.page
    const gw = gateway(app.demo.emulator.url)
    const target = people.staff1Member
    await page.locator('.t-tabs__nav-item', { hasText: '党员' }).first().click()
    const row = page.locator('[data-testid=members-table] .t-table__body tr', { hasText: target.name })
    await row.getByTestId('member-roles').click()
    const dialog = page.getByTestId('roles-dialog')
    await dialog.getByTestId('grant-role').click()
    await page.locator('.t-select-option', { hasText: '支委' }).click()
    await dialog.getByTestId('grant').click()
    await confirmDialog(page, '任命职务？', '确认任命')
    await dialog.getByTestId('held-role').filter({ hasText: '支委' }).waitFor()
    const roles = async () => (await gw.ok('org', 'members.list', { unitId: 'u-b-staff-1', keyword: target.name }, people.orgDepartment)).items[0].roles
    expect(await roles()).toContainEqual({ role: 'branch_committee', unitId: 'u-b-staff-1' })

    await dialog.getByTestId('held-role').filter({ hasText: '支委' }).locator('.t-tag__icon-close').click()
    await confirmDialog(page, '撤销职务？', '确认撤销')
    await page.locator('.t-message', { hasText: '已撤销' }).waitFor()
    await expect(dialog.getByTestId('held-role').count()).resolves.toBe(0)
    expect(await roles()).not.toContainEqual({ role: 'branch_committee', unitId: 'u-b-staff-1' })
    const rolesDialog = page.locator('.t-dialog', { has: dialog })
    await rolesDialog.locator('.t-dialog__close').click()
    await rolesDialog.waitFor({ state: 'hidden' })
  })

  it('creates an invite for a member not yet in WeChat and shows its code', async () => {
    const page = app.page
    const row = page.locator('[data-testid=members-table] .t-table__body tr', { hasText: people.staff1Unbound.name })
    await row.getByTestId('member-invite').click()
    await page.getByTestId('invite-create').click()
    await page.getByTestId('invite-code').waitFor()
    await expect(page.getByTestId('invite-code').textContent()).resolves.toMatch(/\S{6,}/)
    const inviteDialog = page.locator('.t-dialog', { has: page.getByTestId('invite-code') })
    await inviteDialog.locator('.t-dialog__close').click()
    await inviteDialog.waitFor({ state: 'hidden' })
  })

  it('年度要求: every branch with its progress; the 组织部 also has the settings', async () => {
    const page = app.page
    await page.locator('.t-menu__item', { hasText: '年度要求' }).click()
    await page.waitForURL(/\/console\/requirements/)
    await page.getByTestId('requirements-branch').first().waitFor()
    await expect(page.getByTestId('requirements-branch').count()).resolves.toBe(6)
    await expect(page.getByTestId('requirements-summary').textContent()).resolves.toContain('共 6 个党支部')
    expect(Math.max(...(await app.sidewaysOverflow()))).toBeLessThanOrEqual(0)
    await page.locator('.t-tabs__nav-item', { hasText: '要求设置' }).click()
    await page.getByTestId('requirements-form').waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    // 集体学习 10 a year, saved after the confirmation; the function keeps it.
    const study = page.locator('.requirements-field', { hasText: '集体学习' }).first().locator('input')
    await study.fill('10')
    await study.blur()
    await page.getByTestId('requirements-save').click()
    await confirmDialog(page, '保存年度要求？', '保存')
    await page.locator('.t-message', { hasText: '年度要求已保存' }).waitFor()
    const saved = await gateway(app.demo.emulator.url).ok('dashboard', 'quotas.get', {}, people.orgDepartment)
    expect(saved.collectiveStudy.perYear).toBe(10)
    await page.screenshot({ path: 'build/console-e2e-requirements.png' })
  })

  it('组织生活: the branch’s held meeting opens with its attendance and minutes; Back returns to the list', async () => {
    const page = app.page
    await page.goto(`${app.base}/meetings?unit=u-b-staff-1&period=past`)
    const link = page.getByTestId('meeting-link').filter({ hasText: '控制台测试党员大会' })
    await link.waitFor()
    expect(Math.max(...(await app.sidewaysOverflow()))).toBeLessThanOrEqual(0)
    const listUrl = page.url()
    await link.click()
    await page.waitForURL(new RegExp(`/console/meetings/${meetingId}`))
    await expect(page.getByTestId('meeting-title').textContent()).resolves.toBe('控制台测试党员大会')
    await page.locator('[data-testid=attendance-table] .t-table__body tr').first().waitFor()
    const attendance = await rowsOf(page, '[data-testid=attendance-table]')
    expect(attendance.length).toBeGreaterThanOrEqual(6)
    // Nobody checked in: saving the record after the end made them absent, each with a 补学 task.
    expect(attendance.find((row) => row[0] === people.staff1Member.name)?.slice(1, 2)).toEqual(['缺席'])
    expect(Math.max(...(await app.sidewaysOverflow()))).toBeLessThanOrEqual(0)
    await page.locator('.t-tabs__nav-item', { hasText: '会议记录' }).click()
    await expect(page.getByTestId('meeting-minutes').textContent()).resolves.toContain('同意列为发展对象')
    await page.screenshot({ path: 'build/console-e2e-meeting.png' })
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('meeting-export').click()])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    await page.goBack()
    await page.waitForURL(listUrl)
    await page.getByTestId('meeting-link').first().waitFor()

    // 类型: the function filters (a 党员大会 is not among the 主题党日), and the URL keeps it.
    await page.goto(`${listUrl}&type=theme_day`)
    // Loaded: either the table's empty row or a meeting (a fresh page load shows no earlier list meanwhile).
    await page.locator('[data-testid=meetings-table]').locator('.t-table__empty-row, [data-testid=meeting-link]').first().waitFor()
    await expect(page.getByTestId('meeting-link').filter({ hasText: '控制台测试党员大会' }).count()).resolves.toBe(0)
    const types = (await rowsOf(page, '[data-testid=meetings-table]')).map((row) => row[1]).filter(Boolean)
    expect(types.every((type) => type === '主题党日')).toBe(true)
    await page.goto(`${listUrl}&type=general_meeting`)
    await page.getByTestId('meeting-link').filter({ hasText: '控制台测试党员大会' }).waitFor()
  })

  it('投诉建议: the anonymous item shows no sender; the answer reaches the member', async () => {
    const page = app.page
    await page.locator('.t-menu__item', { hasText: '投诉建议' }).click()
    await urlMatches(page, /\/console\/feedback/)
    const row = page.locator('[data-testid=feedback-table] .t-table__body tr', { hasText: '提前一周' })
    await row.waitFor()
    const cells = (await rowsOf(page, '[data-testid=feedback-table]')).find((r) => r.join('').includes('提前一周'))!
    expect(cells[3]).toBe('匿名')
    expect(Math.max(...(await app.sidewaysOverflow()))).toBeLessThanOrEqual(0)
    expect(cells.join('')).not.toContain(people.staff1Member.name)
    await row.getByTestId('feedback-open').click()
    await urlMatches(page, /open=/)
    await page.getByTestId('feedback-reply').locator('textarea').fill('已安排各支部提前一周收到学习材料。')
    await page.getByTestId('feedback-send').click()
    await page.screenshot({ path: 'build/console-e2e-feedback.png' })
    await page.getByTestId('feedback-send').click() // the second yes
    await page.locator('.t-message', { hasText: '已答复' }).waitFor()
    await expect(row.count()).resolves.toBe(0)
    const mine = await gateway(app.demo.emulator.url).ok('feedback', 'feedback.mine', {}, people.staff1Member)
    expect(mine.items.find((item) => item.content.includes('提前一周'))?.reply?.content).toBe('已安排各支部提前一周收到学习材料。')
  })

  it('a 支部书记 sees only their branch, no 组织部-only page, and the functions refuse what the menu hides', async () => {
    const page = app.page
    await page.locator('button', { hasText: '退出登录' }).click()
    await urlMatches(page, /\/console\/signin/)
    await app.devSignIn('教工第一党支部 · 支部书记')
    const menu = await page.locator('.t-menu__item').allTextContents()
    expect(menu).toEqual(expect.arrayContaining(['组织与党员', '组织生活', '年度要求']))
    expect(menu).not.toContain('投诉建议')

    await page.goto(`${app.base}/org`)
    await page.locator('[data-testid=members-table] .t-table__body tr').first().waitFor()
    const tree = (await page.getByTestId('org-tree').textContent()) ?? ''
    expect(tree).toContain('教工第一党支部')
    for (const outside of ['信息工程学院党委', '学生党总支', '本科生党支部', '教工第二党支部']) expect(tree).not.toContain(outside)
    // A pasted link to another branch shows nothing of it.
    await page.goto(`${app.base}/org?unit=u-b-student-1`)
    await page.getByText('不在你的管理范围内').waitFor()
    await expect(page.locator('[data-testid=members-table]').count()).resolves.toBe(0)

    // 要求设置 is the 组织部's: no tab, even asked for in the URL.
    await page.goto(`${app.base}/requirements?tab=settings`)
    await page.getByTestId('requirements-branch').first().waitFor()
    await expect(page.getByTestId('requirements-form').count()).resolves.toBe(0)
    await expect(page.locator('.t-tabs__nav-item', { hasText: '要求设置' }).count()).resolves.toBe(0)
    // 投诉建议 opened by its address: the function gives a 支部书记 nothing.
    await page.goto(`${app.base}/feedback`)
    await page.getByText('你的职务不接收投诉建议').waitFor()

    // The console's own transport (the web SDK, signed in with the secretary's ticket) is refused the same way.
    const gw = gateway(app.demo.emulator.url)
    const settings = await gw.ok('dashboard', 'quotas.get', {}, people.orgDepartment)
    const web = webBrowser(Number(new URL(app.demo.emulator.url).port))
    const issued = await fetch(`${app.demo.emulator.url}/_emulator/demo-ticket`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openId: people.staff1Secretary.openId })
    })
    const { ticket } = (await issued.json()) as { ticket: string }
    await web.auth.signInWithCustomTicket(async () => ticket)
    await expect(web.call('dashboard', 'quotas.set', { settings })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await expect(web.call('org', 'members.list', { unitId: 'u-b-student-1' })).resolves.toMatchObject({ ok: false })
    await expect(web.call('org', 'members.list', { unitId: 'u-b-staff-1' })).resolves.toMatchObject({ ok: true })
    await expect(web.call('feedback', 'feedback.inbox', {})).resolves.toMatchObject({ ok: true, data: { isRecipient: false, items: [] } })
    await expect(gw.call('dashboard', 'quotas.set', { settings }, people.staff1Secretary)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await expect(gw.call('org', 'members.list', { unitId: 'u-b-student-1' }, people.staff1Secretary)).resolves.toMatchObject({ ok: false })
    await expect(
      gw.call('org', 'roles.appoint', { memberId: people.staff1Member.memberId, role: 'branch_secretary', unitId: 'u-b-staff-1' }, people.staff1Secretary)
    ).resolves.toMatchObject({
      ok: false
    })
  })
})
