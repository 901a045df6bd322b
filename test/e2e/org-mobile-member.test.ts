import type { MemberView, Page } from '../../cloudfunctions/_shared/contract/org'
import { callAs } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { people } from '../support/people'

/**
 * 流动党员 in the H5 build: a branch secretary names the branch where a
 * 流动党员 takes part in 组织生活; their formal ties stay in their own branch.
 */
describe("H5 app: a 流动党员's activity branch", () => {
  jest.setTimeout(120_000)
  const app = useH5App()

  it('the 教工第一党支部 secretary sets 研究生党支部 as the activity branch', async () => {
    const { page, visible, actAs } = app
    await actAs(people.staff1Secretary.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("党员管理")`)
    await page.waitForSelector(`${visible('.ps-members-unit')}:has-text("教工第一党支部")`)

    // The one 流动党员 of the branch.
    const card = `${visible('.ps-member-card')}:has(.ps-member-category:text-is("流动党员"))`
    await page.waitForSelector(card)
    expect(await page.locator(card).count()).toBe(1)
    const name = (await page.textContent(`${card} .ps-member-name`))!.trim()

    await page.click(`${card} .ps-member-action--activity`)
    const option = `${visible('.ps-activity-popup .ps-activity-option')}:has-text("研究生党支部")`
    await page.waitForSelector(option)
    // The member's own branch is not offered.
    expect(await page.locator(`${visible('.ps-activity-popup .ps-activity-option')}:has-text("教工第一党支部")`).count()).toBe(0)
    await page.click(option)

    const dialog = visible('.ps-activity-confirm')
    await page.waitForSelector(`${dialog}:has-text("组织关系仍在本支部")`)
    expect(await page.textContent(dialog)).toContain(`确定 ${name} 在「研究生党支部」参加组织生活？`)
    await page.click(`${dialog} .nut-dialog-footer-ok`)

    await page.waitForSelector(`${card} .ps-member-activity:has-text("在 研究生党支部 参加活动")`)

    // Saved, not only shown.
    const listed = await callAs<Page<MemberView>>(app.demo.emulator.url, people.staff1Secretary.openId, 'org', 'members.list', { unitId: 'u-b-staff-1' })
    expect(listed.ok).toBe(true)
    const items = listed.ok ? listed.data.items : []
    const member = items.find((item) => item.name === name)!
    expect(member.category).toBe('流动党员')
    expect(member.activityUnitId).toBe('u-b-student-2')
  })
})
