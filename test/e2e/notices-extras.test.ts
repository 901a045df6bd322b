import { readFileSync } from 'node:fs'
import path from 'node:path'
import { qrMatrix } from '../../src/features/org/qr'
import { callAs } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { shanghaiDate } from '../support/notices'
import { people } from '../support/people'

// The real 2020年第3期 notice (seeds/README.md), beside the repository; published here as 2026年第9期.
const NOTICE_FILE = path.resolve(__dirname, '../fixtures/seeds/002_74dd3f072b865436.txt')
const SECRETARY = people.staff1Secretary.openId // 教工第一党支部 · 支部书记
const STAFF_MEMBER = people.staff1GroupMember.openId // a member of 教工第一党支部 (under 教工党总支)
const STUDENT_MEMBER = people.student1Members[0].openId // a member of 本科生党支部 (under 学生党总支)

/**
 * The notice's reach and outreach in the H5 build: the 组织部 publishes to one
 * 党总支 only, its members see it and others do not; the branch secretary
 * pushes it from 工作台 in two taps; the share poster carries a QR code of the
 * notice's link.
 */
describe('H5 app: notices to chosen units, push from 工作台, share poster', () => {
  jest.setTimeout(180_000)
  const app = useH5App()

  beforeAll(async () => {
    const { data } = await app.demo.db
      .collection('members')
      .where({ openid: app.demo.db.command.in([STAFF_MEMBER, STUDENT_MEMBER]) })
      .get()
    const nameOf = (openId: string) => (data as Array<{ openid: string; name: string }>).find((member) => member.openid === openId)!.name
    await app.allowAccounts([
      { openId: STAFF_MEMBER, name: nameOf(STAFF_MEMBER), label: '教工第一党支部 · 党员' },
      { openId: STUDENT_MEMBER, name: nameOf(STUDENT_MEMBER), label: '本科生党支部 · 党员' }
    ])
  })

  /** As the 组织部: paste 002 on the import page and make it 2026年第`issueNo`期, scheduled `days` ahead. */
  async function pasteNotice(openId: string, issueNo: number, days: number): Promise<void> {
    const { page, visible } = app
    await app.actAs(openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("导入学习安排")`)
    await page.fill(visible('.ps-notice-text textarea'), readFileSync(NOTICE_FILE, 'utf8'))
    await page.click(visible('.ps-notice-parse'))
    await page.waitForSelector(visible('.ps-notice-preview'))
    await page.fill(visible('.ps-notice-year-input input'), '2026')
    await page.fill(visible('.ps-notice-issue-input input'), String(issueNo))
    await page.fill(visible('.ps-schedule-date input'), shanghaiDate(days))
  }

  const confirmOf = (dialogClass: string): string => `${app.visible(dialogClass)} .nut-dialog-footer-ok`
  let noticeId = ''

  it('the 组织部 publishes to 教工党总支 only: its members see it, 本科生党支部 does not', async () => {
    const { page, visible } = app
    const orgDepartment = app.demo.accounts.find((account) => account.label.endsWith('组织部'))!
    await pasteNotice(orgDepartment.openId, 9, 10)

    // The whole tree is chosen to begin with: 2 党总支 and 6 党支部.
    await page.waitForSelector(visible('.ps-publish-all.ps-publish-all--checked'))
    expect(await page.locator(visible('.ps-publish-unit.ps-publish-unit--checked')).count()).toBe(8)
    // None, then 教工党总支, which brings its 3 branches.
    await page.click(visible('.ps-publish-all'))
    expect(await page.locator(visible('.ps-publish-unit.ps-publish-unit--checked')).count()).toBe(0)
    await page.click(`${visible('.ps-publish-unit')}:has-text("教工党总支")`)
    expect(await page.locator(visible('.ps-publish-unit.ps-publish-unit--checked')).allTextContents()).toEqual([
      expect.stringContaining('教工党总支'),
      expect.stringContaining('教工第一党支部'),
      expect.stringContaining('教工第二党支部'),
      expect.stringContaining('离退休教工党支部')
    ])
    expect(await page.getAttribute(visible('.ps-publish-all'), 'class')).not.toContain('ps-publish-all--checked')

    await page.click(visible('.ps-notice-publish'))
    await page.waitForSelector(`${visible('.ps-notice-publish-dialog')}:has-text("3 个党支部")`)
    expect(await page.textContent(visible('.ps-notice-publish-dialog'))).toContain('教工党总支')
    await page.click(confirmOf('.ps-notice-publish-dialog'))
    await page.waitForSelector(visible('.ps-notice-published'))
    expect(await page.textContent(visible('.ps-notice-published'))).toContain('已发布到 3 个党支部')

    // 本科生党支部 (学生党总支) was not chosen: nothing on its members' 首页.
    await app.actAs(STUDENT_MEMBER, '/pages/home/index')
    await page.waitForSelector(`${visible('.ps-empty')}:has-text("暂无学习安排")`)
    expect(await page.locator(`${visible('.ps-notice-item')}:has-text("2026年第9期")`).count()).toBe(0)

    // 教工第一党支部 (教工党总支) was: the member has it, unread.
    await app.actAs(STAFF_MEMBER, '/pages/home/index')
    const item = `${visible('.ps-notice-item.ps-notice-unread')}:has-text("2026年第9期")`
    await page.waitForSelector(item)
    await page.click(item)
    await page.waitForSelector(visible('.ps-notice-title'))
    noticeId = new URL(page.url().replace('#', '')).searchParams.get('id')!
    expect(noticeId).toBeTruthy()
  })

  it('the secretary pushes it from 工作台 in two taps and sees the result', async () => {
    const { page, visible } = app
    expect(noticeId).toBeTruthy()
    // One member allowed a reminder: one message goes out, the rest are 未授权.
    expect(await callAs(app.demo.emulator.url, STAFF_MEMBER, 'notices', 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } })).toMatchObject(
      { ok: true }
    )
    await app.actAs(SECRETARY, '/pages/work/index')
    const card = `${visible('.ps-work-notice')}:has-text("新的学习安排 · 2026年第9期")`
    await page.waitForSelector(card)
    // The way to the branch page stays.
    expect(await page.locator(`${visible('.ps-work-entry')}:has-text("本支部学习安排")`).count()).toBe(1)

    await page.click(`${card} .ps-work-push`) // tap 1
    await page.click(confirmOf('.ps-work-push-confirm')) // tap 2
    const result = `${card} .ps-work-push-result`
    await page.waitForSelector(result)
    const text = (await page.textContent(result)) ?? ''
    expect(text).toMatch(/已发送 1 人/)
    expect(text).toMatch(/未授权 \d+ 人/)
    expect(text).toMatch(/已推送过 0 人/)
    expect(page.url()).toContain('/pages/work/index')

    // Again: nobody gets it twice, and the card says who already had it.
    await page.click(`${card} .ps-work-push`)
    await page.click(confirmOf('.ps-work-push-confirm'))
    await page.waitForSelector(`${card} .ps-work-push-already:text-is("1")`)
    expect(await page.textContent(`${card} .ps-work-push-sent`)).toBe('0')
  })

  it('the H5 share poster shows the notice, a QR code of its link, and copies the link', async () => {
    const { page, visible } = app
    expect(noticeId).toBeTruthy()
    await app.actAs(STAFF_MEMBER, `/packages/notices/pages/detail/index?id=${encodeURIComponent(noticeId)}`)
    await page.click(visible('.ps-notice-share'))
    const poster = visible('.ps-share-poster')
    await page.waitForSelector(poster)
    expect(await page.textContent(poster)).toContain('2026年第9期')
    expect(await page.textContent(`${poster} .ps-share-theme`)).toContain('比学赶超')
    expect(await page.textContent(`${poster} .ps-share-date`)).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/)
    await page.waitForSelector(`${poster} .ps-share-poster__unit:has-text("教工第一党支部")`)

    const link = (await page.textContent(visible('.ps-share-link'))) ?? ''
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*#\/packages\/notices\/pages\/detail\/index\?id=/)
    expect(link).toContain(encodeURIComponent(noticeId))
    // The QR code is the link's: as many dark runs as the link's own matrix has.
    const darkRuns = qrMatrix(link).rows.reduce((sum, runs) => sum + runs.filter((run) => run.dark).length, 0)
    expect(await page.locator(`${poster} .ps-qr .ps-qr__dark`).count()).toBe(darkRuns)

    await page.click(visible('.ps-share-copy'))
    await page.waitForFunction((id) => (window.localStorage.getItem('taro_clipboard') ?? '').includes(id), encodeURIComponent(noticeId))

    // The link opens the notice.
    await page.goto(link)
    await page.waitForSelector(`${visible('.ps-notice-title')}:has-text("2026年第9期")`)

    // The secretary's branch page has the same poster, with the branch named.
    await app.actAs(SECRETARY, `/packages/notices/pages/branch/index?id=${encodeURIComponent(noticeId)}&unitId=u-b-staff-1`)
    await page.click(visible('.ps-notice-share'))
    await page.waitForSelector(`${poster} .ps-share-poster__unit:has-text("教工第一党支部")`)
    expect(await page.locator(`${poster} .ps-qr .ps-qr__dark`).count()).toBe(darkRuns)
    expect(await page.textContent(visible('.ps-share-link'))).toBe(link)
  })

  it('the 组织部 reopens a saved draft from 学习安排管理, edits it and saves it again', async () => {
    const { page, visible } = app
    const orgDepartment = app.demo.accounts.find((account) => account.label.endsWith('组织部'))!

    // Paste and save 2026年第11期 as a draft, without publishing.
    await pasteNotice(orgDepartment.openId, 11, 12)
    await page.click(visible('.ps-notice-save'))
    await page.waitForSelector(`${visible('.ps-notice-saved')}:has-text("草稿已保存")`)

    // 工作台 → 学习安排管理 → the draft opens in the editable preview, as saved.
    await app.actAs(orgDepartment.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("学习安排管理")`)
    const draftRow = `${visible('.ps-notice-draft')}:has-text("2026年第11期")`
    await page.waitForSelector(draftRow)
    await page.click(draftRow)
    await page.waitForSelector(visible('.ps-notice-preview'))
    const id = new URL(page.url().replace('#', '')).searchParams.get('id')!
    expect(id).toBeTruthy()
    expect(await page.inputValue(visible('.ps-notice-issue-input input'))).toBe('11')
    expect(await page.inputValue(visible('.ps-notice-theme-input textarea'))).toContain('比学赶超')
    expect(await page.inputValue(visible('.ps-schedule-date input'))).toBe(shanghaiDate(12))

    const theme = `草稿再次修改的主题 ${Date.now()}`
    // Reopened as saved; the edit makes it unsaved until 保存草稿.
    await page.waitForSelector(`${visible('.ps-notice-saved')}:has-text("草稿已保存")`)
    await page.fill(visible('.ps-notice-theme-input textarea'), theme)
    await page.waitForSelector(`${visible('.ps-notice-saved')}:has-text("有未保存的修改")`)
    await page.click(visible('.ps-notice-save'))
    await page.waitForSelector(`${visible('.ps-notice-saved')}:has-text("草稿已保存")`)

    // Stored on the same draft, still unpublished.
    const stored = await callAs<{ id: string; draft: { theme: string; issueNo: number } }>(
      app.demo.emulator.url,
      orgDepartment.openId,
      'notices',
      'notices.getDraft',
      { id }
    )
    expect(stored).toMatchObject({ ok: true, data: { id, draft: { theme, issueNo: 11 } } })
  })
})
