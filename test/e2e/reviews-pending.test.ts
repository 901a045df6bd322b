import { callAs } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

const SECRETARY = people.staff1Secretary.openId // 教工第一党支部 · 支部书记
const MEMBER = people.staff1Member // a plain member of 教工第一党支部
const BRANCH_ID = 'u-b-staff-1'

/**
 * Issue 13, item 4 (answers to review), replayed in the H5 build: a member
 * submits the discussion answer; the secretary's 工作台 shows 讨论待批阅 1 with
 * the notice and the branch, follows it to the branch page, marks the answer
 * 已阅, and 工作台 then has nothing waiting.
 */
describe('H5 app: 讨论待批阅 on 工作台', () => {
  jest.setTimeout(180_000)
  const app = useH5App()

  const api = async <T>(openId: string, action: string, payload: unknown): Promise<T> => {
    const result = await callAs<T>(app.demo.emulator.url, openId, 'notices', action, payload)
    if (!result.ok) throw new Error(`${action}: ${JSON.stringify(result.error)}`)
    return result.data
  }

  beforeAll(async () => {
    await app.allowAccounts([{ openId: MEMBER.openId, name: MEMBER.name, label: '教工第一党支部 · 党员' }])
  })

  it('a submitted answer waits on 工作台, is reviewed from there, and leaves it', async () => {
    const { page, visible, actAs } = app
    const orgDepartment = app.demo.accounts.find((account) => account.label.endsWith('组织部'))!
    const { id } = await api<{ id: string }>(orgDepartment.openId, 'notices.saveDraft', { draft: sampleDraft(43) })
    await api(orgDepartment.openId, 'notices.publish', { id })
    const answer = `联系教学实际谈体会，落实到每一堂课。${Date.now()}`

    // Nothing waits yet.
    await actAs(SECRETARY, '/pages/work/index')
    await page.waitForSelector(`${visible('.ps-work-reviews-count')}:has-text("暂无待批阅的讨论")`)

    // The member answers on the notice.
    await actAs(MEMBER.openId, `/packages/notices/pages/detail/index?id=${encodeURIComponent(id)}`)
    const inputs = page.locator(visible('.ps-answer-input textarea'))
    await inputs.first().waitFor()
    for (let i = 0; i < (await inputs.count()); i += 1) await inputs.nth(i).fill(answer)
    await page.click(visible('.ps-answer-submit'))
    await page.waitForSelector(visible('.ps-answer-submitted'))

    // 工作台: 讨论待批阅 1 条, the notice and the branch, a link to where it is reviewed.
    await actAs(SECRETARY, '/pages/work/index')
    await page.waitForSelector(`${visible('.ps-work-reviews-count')}:has-text("讨论待批阅 1 条")`)
    const item = `${visible('.ps-work-review')}:has-text("2026年第43期")`
    expect(await page.textContent(item)).toContain('教工第一党支部')
    expect(await page.textContent(`${item} >> .ps-work-review-pending`)).toBe('1')
    await page.click(item)
    await page.waitForSelector(visible('.ps-progress'))
    expect(page.url()).toContain(`unitId=${BRANCH_ID}`)

    // The branch page: the member's answer, 已阅.
    await page.click(`${visible('.ps-progress-member')}:has(.ps-progress-member__name:text-is("${MEMBER.name}"))`)
    await page.waitForSelector(`${visible('.ps-answer-view')}:has-text("${answer}")`)
    await page.click(visible('.ps-review-accept'))
    await page.waitForSelector(`${visible('.ps-progress-review')}:has-text("已阅")`)
    await page.click(visible('.nut-popup-title-right'))

    // Back on 工作台: nothing waits.
    await actAs(SECRETARY, '/pages/work/index')
    await page.waitForSelector(`${visible('.ps-work-reviews-count')}:has-text("暂无待批阅的讨论")`)
    expect(await page.locator(`${visible('.ps-work-review')}:has-text("2026年第43期")`).count()).toBe(0)
  })
})
