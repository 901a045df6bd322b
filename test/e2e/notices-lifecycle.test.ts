import { readFileSync } from 'node:fs'
import path from 'node:path'
import { callAs } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { sampleDraft, shanghaiDate } from '../support/notices'
import { people } from '../support/people'

const NOTICE_FILE = path.resolve(__dirname, '../fixtures/seeds/002_74dd3f072b865436.txt')
const ORG = people.orgDepartment
const SECRETARY = people.staff1Secretary.openId // 教工第一党支部
const MEMBER = people.staff1Member // a member of 教工第一党支部
const BRANCH = 'u-b-staff-1'

/**
 * Issue 13 items 1, 5, 6 and 8 (answer counter), replayed in Chromium: a past
 * notice is published only after the dialog says so; the 组织部 corrects a
 * typo (answers kept, 已更正) and withdraws (撤回) with a reason members see;
 * the secretary sees who a message cannot reach, and a 催办 that reached
 * nobody leaves the day unused; states are named 已查看 / 已学习材料 / 已提交讨论.
 */
describe('H5 app: a notice after publishing', () => {
  jest.setTimeout(240_000)
  const app = useH5App()
  const api = (openId: string, action: string, payload: unknown) => callAs(app.demo.emulator.url, openId, 'notices', action, payload)
  const confirmOf = (dialogClass: string): string => `${app.visible(dialogClass)} .nut-dialog-footer-ok`

  beforeAll(async () => {
    await app.allowAccounts([{ openId: MEMBER.openId, name: MEMBER.name, label: '教工第一党支部 · 党员' }])
  })

  it('publishing 2020-style past dates says what will happen and asks before 仍然发布', async () => {
    const { page, visible } = app
    await app.actAs(ORG.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("导入学习安排")`)
    await page.fill(visible('.ps-notice-text textarea'), readFileSync(NOTICE_FILE, 'utf8'))
    await page.click(visible('.ps-notice-parse'))
    await page.waitForSelector(visible('.ps-notice-preview'))
    await page.fill(visible('.ps-notice-year-input input'), '2026')
    await page.fill(visible('.ps-notice-issue-input input'), '41')
    await page.fill(visible('.ps-schedule-date input'), shanghaiDate(-5))
    await page.click(visible('.ps-notice-publish'))
    await page.click(confirmOf('.ps-notice-publish-dialog'))
    // Refused: the dialog now says the date has passed and what members will see.
    await page.waitForSelector(`${visible('.ps-notice-publish-dialog')}:has-text("学习日期已过")`)
    expect(await page.textContent(visible('.ps-notice-publish-dialog'))).toContain('往期学习')
    expect(await page.textContent(confirmOf('.ps-notice-publish-dialog'))).toContain('仍然发布')
    await page.click(confirmOf('.ps-notice-publish-dialog'))
    await page.waitForSelector(visible('.ps-notice-published'))

    // The branch secretary is not offered it as new: no 工作台 push card (a current notice has one), and on its page
    // it is 往期学习 with 推送 disabled.
    const current = await api(ORG.openId, 'notices.saveDraft', { draft: sampleDraft(40, 6) })
    expect(await api(ORG.openId, 'notices.publish', { id: (current as { ok: true; data: { id: string } }).data.id })).toMatchObject({ ok: true })
    const managed = (await api(ORG.openId, 'notices.list', { view: 'manage' })) as { ok: true; data: { items: Array<{ id: string; issueNo: number }> } }
    const past = managed.data.items.find((n) => n.issueNo === 41)!
    await app.actAs(SECRETARY, '/pages/work/index')
    await page.waitForSelector(`${visible('.ps-work-notice__title')}:has-text("第40期")`)
    expect(await page.locator(`${visible('.ps-work-notice__title')}:has-text("第41期")`).count()).toBe(0)
    await app.actAs(SECRETARY, `/packages/notices/pages/branch/index?id=${encodeURIComponent(past.id)}&unitId=${BRANCH}`)
    await page.waitForSelector(`${visible('.ps-notice-past')}:has-text("往期学习")`)
    expect(await page.getAttribute(visible('.ps-notice-push'), 'class')).toContain('disabled')
  })

  it('the secretary sees who cannot be reached; a 催办 that reached nobody names them and leaves the day unused', async () => {
    const { page, visible } = app
    const draft = await api(ORG.openId, 'notices.saveDraft', { draft: sampleDraft(42, 6) })
    const id = (draft as { ok: true; data: { id: string } }).data.id
    expect(await api(ORG.openId, 'notices.publish', { id })).toMatchObject({ ok: true })
    // The member opens it and answers without opening a material: 已查看 and 已提交讨论, never 未读 · 已答.
    await app.actAs(MEMBER.openId, `/packages/notices/pages/detail/index?id=${encodeURIComponent(id)}`)
    await page.waitForSelector(visible('.ps-answer-input textarea'))
    await page.waitForSelector(`${visible('.ps-answer-count')}:has-text("0 / 3000 字")`)
    await page.fill(visible('.ps-answer-input textarea'), '学习体会')
    await page.waitForSelector(`${visible('.ps-answer-count')}:has-text("4 / 3000 字")`)
    expect(await api(MEMBER.openId, 'answers.submit', { id, answers: ['学习体会'] })).toMatchObject({ ok: true })

    await app.actAs(SECRETARY, `/packages/notices/pages/branch/index?id=${encodeURIComponent(id)}&unitId=${BRANCH}`)
    const row = `${visible('.ps-progress-member')}:has-text("${MEMBER.name}")`
    await page.waitForSelector(row)
    expect(await page.textContent(`${row} .ps-progress-viewed`)).toBe('已查看')
    expect(await page.textContent(`${row} .ps-progress-answered`)).toBe('已提交讨论')
    expect(await page.textContent(`${row} .ps-progress-read`)).toBe('未学习材料')
    expect(await page.textContent(visible('.ps-notice-counters'))).toContain('已学习材料：打开过至少一份学习材料')
    // Nobody in the branch allowed a reminder: the summary says so before pushing.
    await page.waitForSelector(`${visible('.ps-reach-summary')}:has-text("可收到微信提醒 0 人")`)
    expect(await page.locator(`${visible('.ps-progress-unreachable')}`).count()).toBeGreaterThan(0)

    // 推送 reaches nobody and says so: the names to tell in the branch's WeChat group, and the share card for it.
    await page.click(visible('.ps-notice-push'))
    await page.click(confirmOf('.ps-notice-push-dialog'))
    await page.waitForSelector(`${visible('.ps-push-sent')}:text-is("0")`)
    await page.waitForSelector(`${visible('.ps-unreached-names')}:has-text("${MEMBER.name}")`)
    await page.click(visible('.ps-unreached-share'))
    await page.waitForSelector('.ps-share-theme >> visible=true')
    await page.click('.ps-n-popup .nut-popup-title-right >> visible=true')
    await page.waitForSelector('.ps-share-theme', { state: 'hidden' })

    await page.click(visible('.ps-notice-remind'))
    await page.click(confirmOf('.ps-notice-remind-dialog'))
    await page.waitForSelector(`${visible('.ps-remind-result')}:has-text("今天仍可再次催办")`)
    const names = (await page.textContent(visible('.ps-unreached-names'))) ?? ''
    expect(names.length).toBeGreaterThan(0)
    expect(await page.locator(visible('.ps-unreached-text')).last().textContent()).toContain('【催办】') // below the push's card
    // The button stays: the day was not used up.
    expect(await page.getAttribute(visible('.ps-notice-remind'), 'class')).not.toContain('disabled')
    expect(await page.locator(visible('.ps-remind-next')).count()).toBe(0)
  })

  it('the 组织部 corrects a typo (answers kept, 已更正) and withdraws with a reason members see', async () => {
    const { page, visible } = app
    const draft = await api(ORG.openId, 'notices.saveDraft', { draft: sampleDraft(43, 7) })
    const id = (draft as { ok: true; data: { id: string } }).data.id
    expect(await api(ORG.openId, 'notices.publish', { id })).toMatchObject({ ok: true })
    expect(await api(MEMBER.openId, 'answers.submit', { id, answers: ['我的回答'] })).toMatchObject({ ok: true })

    const item = `${app.visible('.ps-notice-manage-item')}:has-text("2026年第43期")`
    await app.actAs(ORG.openId, `/packages/notices/pages/manage/index?unitId=${ORG.unitId}`)
    await page.click(`${item} .ps-notice-manage-title`)
    await page.click(`${item} .ps-notice-correct`)
    await page.waitForSelector(visible('.ps-notice-correct-dialog .ps-correct-question input'))
    await page.fill(visible('.ps-notice-correct-dialog .ps-correct-question input'), '结合学习体会，谈谈如何实现“比学赶超”。')
    await page.click(confirmOf('.ps-notice-correct-dialog'))
    await page.waitForSelector(`${item} .ps-notice-corrected-tag`)

    await app.actAs(MEMBER.openId, `/packages/notices/pages/detail/index?id=${encodeURIComponent(id)}`)
    await page.waitForSelector(`${visible('.ps-notice-corrected')}:has-text("已更正")`)
    expect(await page.textContent(visible('.ps-notice-corrected'))).toContain('讨论题 1')
    // With the date of the correction, in Shanghai (the e2e corrects it now).
    const [y, m, d] = shanghaiDate(0).split('-').map(Number)
    expect(await page.textContent(visible('.ps-notice-corrected'))).toContain(`已更正（${y}年${m}月${d}日）`)
    expect(await page.textContent(visible('.ps-notice-detail'))).toContain('我的回答')

    await app.actAs(ORG.openId, `/packages/notices/pages/manage/index?unitId=${ORG.unitId}`)
    await page.click(`${item} .ps-notice-manage-title`)
    await page.click(`${item} .ps-notice-withdraw`)
    await page.waitForSelector(`${visible('.ps-notice-withdraw-dialog')}:has-text("已收到推送的党员会收到撤回提醒")`)
    await page.fill(visible('.ps-notice-withdraw-reason input'), '学习日期有误，另行通知')
    await page.click(confirmOf('.ps-notice-withdraw-dialog'))
    await page.waitForSelector(`${item} .ps-notice-status:has-text("已撤回")`)

    await app.actAs(MEMBER.openId, `/packages/notices/pages/detail/index?id=${encodeURIComponent(id)}`)
    await page.waitForSelector(`${visible('.ps-error-message')}:has-text("撤回")`)
    expect(await page.textContent(visible('.ps-error-message'))).toContain('学习日期有误')
  })
})
