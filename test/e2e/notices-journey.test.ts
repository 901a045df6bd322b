import { readFileSync } from 'node:fs'
import path from 'node:path'
import mammoth from 'mammoth'
import { useH5App } from '../support/h5-app'
import { shanghaiDate } from '../support/notices'
import { people } from '../support/people'

// The real 2020年第3期 notice (seeds/README.md), beside the repository.
const NOTICE_FILE = path.resolve(__dirname, '../fixtures/seeds/002_74dd3f072b865436.txt')
const SECRETARY = people.staff1Secretary.openId // 教工第一党支部 · 支部书记
const MEMBER = people.staff1GroupMember.openId // a member of 教工第一党支部
const BRANCH_ID = 'u-b-staff-1'

/**
 * The study notice from document to record, in the H5 build: the 组织部 pastes
 * 002 and publishes it, a branch secretary pushes it, a member reads a material
 * and answers, and the secretary reviews the answer and exports the 学习教育记录.
 */
describe('H5 app: study notice journey', () => {
  jest.setTimeout(180_000)
  // The record export is a download: Playwright's newPage() accepts downloads by default.
  const app = useH5App()

  beforeAll(async () => {
    // The dev switcher offers only a few plain members; this one (in the secretary's branch) must be switchable too.
    const member = (await app.demo.db.collection('members').where({ openid: MEMBER }).get()).data[0] as { name: string }
    await app.allowAccounts([{ openId: MEMBER, name: member.name, label: '教工第一党支部 · 党员' }])
  })

  // Set by the journey, used by the follow-up.
  let noticeId = ''

  /** The confirm button of the ConfirmDialog with this class. */
  const confirmOf = (dialogClass: string): string => `${app.visible(dialogClass)} .nut-dialog-footer-ok`

  it('imports, publishes, pushes, answers, reviews and exports the record', async () => {
    const { demo, page, visible, actAs } = app
    const orgDepartment = demo.accounts.find((account) => account.label.endsWith('组织部'))!
    expect(demo.accounts.find((account) => account.openId === SECRETARY)?.label).toBe('教工第一党支部 · 支部书记')
    const text = readFileSync(NOTICE_FILE, 'utf8')
    // 002 is a 2020 issue: moved to a day ahead, so its answers are still open (default deadline: the last scheduled day).
    const studyDay = shanghaiDate(10)
    const answer = `结合本支部实际，比学赶超要落实到每一堂课。${Date.now()}`

    // 1. 组织部: paste the notice, check the preview, save, publish to the whole tree.
    await actAs(orgDepartment.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("导入学习安排")`)
    await page.fill(visible('.ps-notice-text textarea'), text)
    await page.click(visible('.ps-notice-parse'))
    await page.waitForSelector(visible('.ps-notice-preview'))
    expect(await page.inputValue(visible('.ps-notice-theme-input textarea'))).toContain('比学赶超')
    expect(await page.inputValue(visible('.ps-notice-year-input input'))).toBe('2020')
    expect(await page.inputValue(visible('.ps-notice-issue-input input'))).toBe('3')
    expect(await page.locator(visible('.ps-material-editor')).count()).toBe(6)
    expect(await page.locator(visible('.ps-question-input')).count()).toBe(1)
    expect(await page.locator(visible('.ps-requirement-input')).count()).toBe(3)
    await page.fill(visible('.ps-schedule-date input'), studyDay)

    await page.click(visible('.ps-notice-save'))
    await page.waitForSelector(`${visible('.ps-notice-saved')}:has-text("草稿已保存")`)
    await page.click(visible('.ps-notice-publish'))
    // The demo committee has 6 党支部; the dialog says so before anything is sent.
    await page.waitForSelector(`${visible('.ps-notice-publish-dialog')}:has-text("全部 6 个党支部")`)
    await page.click(confirmOf('.ps-notice-publish-dialog'))
    await page.waitForSelector(visible('.ps-notice-published'))
    expect(await page.textContent(visible('.ps-notice-published'))).toContain('已发布到 6 个党支部')

    // 2. The branch secretary finds it under 本支部学习安排 and pushes it to the members.
    await actAs(SECRETARY, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("本支部学习安排")`)
    await page.click(`${visible('.ps-notice-manage-item')}:has-text("2020年第3期")`)
    await page.waitForSelector(visible('.ps-notice-counters'))
    expect(await page.textContent(visible('.ps-counter-assigned'))).toBe('6')
    await page.click(visible('.ps-notice-push'))
    await page.click(confirmOf('.ps-notice-push-dialog'))
    await page.waitForSelector(visible('.ps-push-result'))
    const noticeUrl = page.url()
    noticeId = new URL(noticeUrl.replace('#', '')).searchParams.get('id')!
    expect(noticeId).toBeTruthy()

    // 3. The member: unread on 首页, opens it, reads a material, answers every question, submits.
    await actAs(MEMBER, '/pages/home/index')
    const item = `${visible('.ps-notice-item.ps-notice-unread')}:has-text("2020年第3期")`
    await page.waitForSelector(item)
    await page.click(item)
    await page.waitForSelector(visible('.ps-notice-materials'))
    // Material 2 has its full text appended: it opens inside the app (material 1 is an outside link).
    await page.click(`${visible('.ps-notice-material')} >> nth=1`)
    await page.waitForSelector(visible('.ps-notice-fulltext'))
    await page.click(visible('.nut-popup-title-right'))
    await page.waitForSelector(`${visible('.ps-notice-material--read')}`)

    const inputs = page.locator(visible('.ps-answer-input textarea'))
    const questions = await inputs.count()
    expect(questions).toBeGreaterThanOrEqual(1)
    for (let i = 0; i < questions; i += 1) await inputs.nth(i).fill(`${answer}（第${i + 1}题）`)
    // The draft is kept on the device until it is sent.
    await page.waitForFunction((key) => window.localStorage.getItem(key) !== null, `ps.answerDraft.${noticeId}`)
    await page.click(visible('.ps-answer-submit'))
    await page.waitForSelector(visible('.ps-answer-submitted'))
    expect(await page.evaluate((key) => window.localStorage.getItem(key), `ps.answerDraft.${noticeId}`)).toBeNull()

    // 4. The secretary sees it: counts, the alphabetical checklist, the answer; marks it 已阅 and exports the record.
    await actAs(SECRETARY, `/packages/notices/pages/branch/index?id=${encodeURIComponent(noticeId)}&unitId=${BRANCH_ID}`)
    await page.waitForSelector(visible('.ps-progress'))
    expect(await page.textContent(visible('.ps-counter-read'))).toBe('1')
    expect(await page.textContent(visible('.ps-counter-answered'))).toBe('1')
    const names = await page.locator(visible('.ps-progress-member__name')).allTextContents()
    expect(names).toHaveLength(6)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')))

    await page.click(`${visible('.ps-progress-member')}:has(.ps-progress-answered:has-text("已提交讨论"))`)
    await page.waitForSelector(`${visible('.ps-answer-view')}:has-text("${answer}")`)
    await page.click(visible('.ps-review-accept'))
    await page.waitForSelector(`${visible('.ps-progress-review')}:has-text("已阅")`)
    await page.click(visible('.nut-popup-title-right'))

    const [download] = await Promise.all([page.waitForEvent('download'), page.click(visible('.ps-record-export'))])
    expect(download.suggestedFilename()).toMatch(/学习教育记录.*\.docx$/)
    const file = readFileSync((await download.path())!)
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK')
    const { value } = await mammoth.extractRawText({ buffer: file })
    expect(value).toContain(answer)
  })

  it('a moved time reaches the members and the department; a returned answer shows the comment', async () => {
    const { demo, page, visible, actAs } = app
    expect(noticeId).toBeTruthy()
    const orgDepartment = demo.accounts.find((account) => account.label.endsWith('组织部'))!
    const branchPage = `/packages/notices/pages/branch/index?id=${encodeURIComponent(noticeId)}&unitId=${BRANCH_ID}`

    // The secretary reports a new time (the same day, 19:30 after the picker), form and place.
    await actAs(SECRETARY, branchPage)
    await page.waitForSelector(visible('.ps-reschedule'))
    expect(await page.textContent(visible('.ps-reschedule-rule'))).toContain('12 小时')
    await page.click(visible('.ps-reschedule-time'))
    // Taro's H5 picker draws its sheet outside the page: the one on screen is the one just opened.
    await page.locator('.weui-picker__action:text-is("确定")').locator('visible=true').click()
    await page.waitForSelector(`${visible('.ps-reschedule-time')}:has-text(":")`)
    await page.click(`${visible('.ps-reschedule-form-choice')}:has-text("专题讨论")`)
    await page.fill(visible('.ps-reschedule-place input'), '行政楼 302 会议室')
    await page.click(visible('.ps-reschedule-submit'))
    await page.click(confirmOf('.ps-reschedule-dialog'))
    await page.waitForSelector(`${visible('.ps-reschedule-current')}:has-text("行政楼 302 会议室")`)

    // ...and sends the answer back with a comment.
    await page.click(`${visible('.ps-progress-member')}:has(.ps-progress-answered:has-text("已提交讨论"))`)
    await page.waitForSelector(visible('.ps-review-return'))
    await page.click(visible('.ps-review-return'))
    await page.fill(visible('.ps-review-comment textarea'), '请结合本职工作再具体一些')
    await page.click(visible('.ps-review-return-confirm'))
    await page.waitForSelector(`${visible('.ps-progress-review')}:has-text("已退回修改")`)

    // The member sees the branch's own time and the comment, and can edit again.
    await actAs(MEMBER, `/packages/notices/pages/detail/index?id=${encodeURIComponent(noticeId)}`)
    await page.waitForSelector(`${visible('.ps-notice-change')}:has-text("专题讨论")`)
    expect(await page.textContent(visible('.ps-notice-change'))).toContain('行政楼 302 会议室')
    await page.waitForSelector(`${visible('.ps-answer-returned')}:has-text("请结合本职工作再具体一些")`)
    expect(await page.locator(visible('.ps-answer-input')).count()).toBeGreaterThanOrEqual(1)

    // The department sees which branch moved its time.
    await actAs(orgDepartment.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("学习安排管理")`)
    await page.click(`${visible('.ps-notice-manage-item')}:has-text("2020年第3期") .ps-notice-manage-title`)
    await page.waitForSelector(`${visible('.ps-notice-change-row')}:has-text("教工第一党支部")`)
    expect(await page.textContent(visible('.ps-notice-change-row'))).toContain('专题讨论')
  })
})
