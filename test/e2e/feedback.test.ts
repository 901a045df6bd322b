import { gateway } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { people } from '../support/people'

/**
 * 投诉建议 in the H5 build (issue 14 item 4): a member writes an anonymous
 * suggestion to the 组织部 from 我的; the 组织部 finds it on 工作台 → 投诉建议,
 * with its age and no name, and answers; the member sees the answer.
 */
describe('H5 app: 投诉建议 sent and answered', () => {
  jest.setTimeout(180_000)
  const app = useH5App()

  it('a member sends, the 组织部 answers, the member sees the reply', async () => {
    const { demo, page, visible, actAs } = app
    // A plain member the dev switcher offers (demo.accounts): 党员 · 教工第一党支部.
    const member = demo.accounts.find((account) => account.label === '教工第一党支部 · 党员')!
    const text = '建议把学习材料做成可以听的版本，方便离退休同志'

    // 1. The member: 我的 → 投诉建议 → 建议, 党委组织部, 匿名 → 提交.
    await actAs(member.openId, '/pages/me/index')
    await page.click(visible('.ps-feedback-entry'))
    await page.waitForSelector(visible('.ps-feedback-form'))
    await page.click(visible('.ps-feedback-kind-suggestion'))
    await page.click(visible('.ps-feedback-to-org_department'))
    await page.click(visible('.ps-feedback-anonymous'))
    await page.fill(visible('.ps-feedback-content textarea'), text)
    await page.click(visible('.ps-feedback-send'))
    await page.waitForSelector(`${visible('.ps-feedback-mine-item')}:has-text("${text}") .ps-feedback-status:text-is("待处理")`)

    // 2. The 组织部: 工作台 → 投诉建议 shows it, anonymous, with its age; answers it.
    await actAs(people.orgDepartment.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("投诉建议")`)
    const item = `${visible('.ps-feedback-inbox-item')}:has-text("${text}")`
    await page.waitForSelector(item)
    const shown = (await page.textContent(item)) ?? ''
    expect(shown).toContain('匿名')
    expect(shown).toContain('今天提交')
    expect(shown).not.toContain(member.name)
    expect(shown).not.toContain('教工第一党支部')
    await page.fill(`${item} .ps-feedback-reply-box textarea`, '已采纳，下月上线听学功能')
    await page.click(`${item} .ps-feedback-reply-send`)
    await page.waitForSelector(visible('.ps-feedback-inbox-item'), { state: 'detached' })
    await page.waitForSelector(`${visible('.ps-feedback')}:has-text("没有待处理的投诉建议")`)

    // 3. The member sees the reply.
    await actAs(member.openId, '/packages/feedback/pages/mine/index')
    const mine = `${visible('.ps-feedback-mine-item')}:has-text("${text}")`
    await page.waitForSelector(`${mine} .ps-feedback-status:text-is("已答复")`)
    expect(await page.textContent(`${mine} .ps-feedback-reply`)).toContain('已采纳，下月上线听学功能')
    expect(await page.textContent(`${mine} .ps-feedback-reply`)).toContain('组织部答复')

    // The member's own 支部书记 has no 投诉建议 entry and an empty inbox.
    const inbox = await gateway(demo.emulator.url).ok('feedback', 'feedback.inbox', {}, people.staff1Secretary)
    expect(inbox).toEqual({ isRecipient: false, items: [] })
  })
})
