import { useH5App } from '../support/h5-app'
import { people } from '../support/people'

/**
 * Content security in the H5 build (issue 14 item 1), through 投诉建议: a
 * risky text is refused with the message that says what to change; a text
 * WeChat wants reviewed is sent, marked 审核中 for its author, and its
 * recipient (the 组织部) releases it from 工作台 → 待处理 → 内容待审核.
 */
describe('H5 app: content security', () => {
  jest.setTimeout(180_000)
  const app = useH5App()

  it('refuses a risky text with a message, holds one for review until the recipient releases it', async () => {
    const { demo, page, visible, actAs } = app
    const member = demo.accounts.find((account) => account.label === '教工第一党支部 · 党员')!
    const write = async (text: string) => {
      await page.click(visible('.ps-feedback-kind-suggestion'))
      await page.click(visible('.ps-feedback-to-org_department'))
      await page.fill(visible('.ps-feedback-content textarea'), text)
      await page.click(visible('.ps-feedback-send'))
    }

    await actAs(member.openId, '/pages/me/index')
    await page.click(visible('.ps-feedback-entry'))
    await page.waitForSelector(visible('.ps-feedback-form'))
    await write('建议里有违规测试词')
    await page.waitForSelector('text=投诉建议内容含有不宜发布的内容')
    expect(await page.locator(visible('.ps-feedback-mine-item')).count()).toBe(0)

    const held = '建议增加待审测试词的学习材料'
    await write(held)
    const mine = `${visible('.ps-feedback-mine-item')}:has-text("${held}")`
    await page.waitForSelector(`${mine} .ps-feedback-moderation:has-text("审核中")`)

    await actAs(people.orgDepartment.openId, '/pages/work/index')
    const item = `${visible('.ps-held-item')}:has-text("${held}")`
    await page.waitForSelector(item)
    expect(await page.textContent(item)).toContain(member.name)
    await page.click(`${item} .ps-held-release`)
    await page.waitForSelector(item, { state: 'detached' })

    await actAs(member.openId, '/packages/feedback/pages/mine/index')
    await page.waitForSelector(mine)
    expect(await page.locator(`${mine} .ps-feedback-moderation`).count()).toBe(0)
  })
})
