import { useH5App } from '../support/h5-app'
import { people, stranger } from '../support/people'

/**
 * The invite round trip in the H5 build: a branch secretary adds a member and
 * issues an invite; a WeChat user who has not joined redeems the code and is
 * then a member of that branch.
 */
describe('H5 app: add a member, invite, join', () => {
  jest.setTimeout(120_000)
  const app = useH5App()

  it('a branch secretary invites a new member, who joins with the code', async () => {
    const { demo, page, visible, actAs } = app
    const secretary = demo.accounts.find((account) => account.label.endsWith('支部书记'))!
    const branchName = secretary.label.split(' · ')[0]

    await actAs(secretary.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("党员管理")`)
    await page.waitForSelector(`${visible('.ps-members-unit')}:has-text("${branchName}")`)
    await page.waitForSelector(visible('.ps-member-card'))

    await page.click(visible('.ps-members-add'))
    await page.fill(visible('.ps-member-name-input input'), '新同志')
    await page.fill(visible('.ps-member-phone-input input'), '13912345678')
    await page.click(visible('.ps-member-submit'))

    const card = `${visible('.ps-member-card')}:has-text("新同志")`
    await page.waitForSelector(card)
    expect(await page.textContent(card)).toContain('139****5678')
    expect(await page.textContent(card)).toContain('未绑定')
    await page.click(`${card} .ps-member-action--invite`)

    await page.waitForSelector(visible('.ps-invite-code'))
    const code = (await page.textContent(visible('.ps-invite-code')))!.trim()
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
    expect(await page.textContent(visible('.ps-invite-member'))).toBe('新同志')
    // The 小程序码 the platform returned (issue 14), which WeChat's scanner opens into the join page.
    expect(await page.locator(visible('.ps-invite-qr img[src^="data:image/png;base64,"]')).count()).toBe(1)
    expect(await page.textContent(visible('.ps-invite-expiry'))).toContain('7 天内有效，仅可使用一次')

    await actAs(people.newcomer.openId, '/packages/org/pages/join/index')
    await page.fill(visible('.ps-join-input input'), code.toLowerCase())
    await page.click(visible('.ps-join-submit'))
    await page.waitForSelector(visible('.ps-join-success'))
    expect(await page.textContent(visible('.ps-join-success-unit'))).toBe(branchName)

    await page.click(visible('.ps-join-me'))
    await page.waitForSelector(`${visible('.ps-me-unit')}:has-text("${branchName}")`)
    expect(await page.textContent(visible('.ps-me-name'))).toBe('新同志')
    expect(await page.textContent(visible('.ps-me-group'))).toBe('未分组')
  })

  it('refuses the same code a second time, in Chinese', async () => {
    const { demo, page, visible, actAs } = app
    // The newcomer is now a member: two more WeChat users who have not joined, offered by the switcher.
    const strangers = [1, 2].map((n) => ({ ...stranger(n), label: '尚未加入组织（用邀请码加入）' }))
    await app.allowAccounts(strangers)
    const secretary = demo.accounts.find((account) => account.label.endsWith('支部书记'))!
    await actAs(secretary.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("党员管理")`)
    await page.waitForSelector(visible('.ps-members-add'))
    await page.click(visible('.ps-members-add'))
    await page.fill(visible('.ps-member-name-input input'), '另一位同志')
    await page.fill(visible('.ps-member-phone-input input'), '13912340000')
    await page.click(visible('.ps-member-submit'))
    const card = `${visible('.ps-member-card')}:has-text("另一位同志")`
    await page.waitForSelector(card)
    await page.click(`${card} .ps-member-action--invite`)
    await page.waitForSelector(visible('.ps-invite-code'))
    const code = (await page.textContent(visible('.ps-invite-code')))!.trim()

    // A wrong code first: the message names the problem, nothing is bound.
    await actAs(strangers[0].openId, '/packages/org/pages/join/index')
    await page.fill(visible('.ps-join-input input'), '2345678')
    await page.click(visible('.ps-join-submit'))
    await page.waitForSelector(`${visible('.ps-join-error')}:has-text("8 位")`)

    await actAs(strangers[0].openId, `/packages/org/pages/join/index?code=${code}`)
    expect(await page.inputValue(visible('.ps-join-input input'))).toBe(code)
    await page.click(visible('.ps-join-submit'))
    await page.waitForSelector(visible('.ps-join-success'))

    await actAs(strangers[1].openId, `/packages/org/pages/join/index?code=${code}`)
    await page.click(visible('.ps-join-submit'))
    await page.waitForSelector(`${visible('.ps-join-error')}:has-text("已被使用")`)
  })
})
