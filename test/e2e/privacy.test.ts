import { gateway } from '../support/gateway'
import { sampleMeeting } from '../support/meetings'
import { useH5App } from '../support/h5-app'
import { people } from '../support/people'

/**
 * Privacy in the H5 build (issue 14 item 3): the agreement popup comes before
 * the first privacy-related action (entering a phone number, copying); 不同意
 * cancels only that action, 同意 lets it proceed and is remembered; the popup
 * links to the 隐私政策; 我的 → 我的数据 shows the member's own records (and
 * exports them); 我的 → 隐私政策 opens the guide.
 */
describe('H5 app: privacy agreement, 隐私政策 and 我的数据', () => {
  jest.setTimeout(180_000)
  const app = useH5App()
  const AGREED = 'ps-privacy-agreed-v1'

  const forgetAgreement = () => app.page.evaluate((key) => window.localStorage.removeItem(key), AGREED)
  const agreement = () => app.page.evaluate((key) => window.localStorage.getItem(key), AGREED)

  it('asks before a phone number is sent: declining sends nothing, agreeing adds the member, and later actions are not asked again', async () => {
    const { demo, page, visible, actAs } = app
    const secretary = people.staff1Secretary
    await actAs(secretary.openId, '/pages/work/index')
    await forgetAgreement()

    await page.click(`${visible('.ps-work-entry')}:has-text("党员管理")`)
    await page.waitForSelector(visible('.ps-member-card'))
    await page.click(visible('.ps-members-add'))
    await page.fill(visible('.ps-member-name-input input'), '隐私测试')
    await page.fill(visible('.ps-member-phone-input input'), '13912349876')
    await page.click(visible('.ps-member-submit'))

    // The popup, naming what asked for it.
    const popup = visible('.ps-privacy-popup')
    await page.waitForSelector(popup)
    expect(await page.textContent(popup)).toContain('录入党员手机号')

    // 不同意: nothing sent, the form stays usable, nothing remembered.
    await page.click(visible('.ps-privacy-popup__decline'))
    await page.waitForSelector(popup, { state: 'detached' })
    expect(await agreement()).toBeNull()
    const listed = await gateway(demo.emulator.url).ok('org', 'members.list', { unitId: secretary.unitId, keyword: '隐私测试' }, secretary)
    expect(listed.items).toEqual([])
    await page.waitForSelector(visible('.ps-member-submit'))

    // Again, 同意: the member is added (phone masked) and the agreement remembered.
    await page.click(visible('.ps-member-submit'))
    await page.waitForSelector(popup)
    await page.click(visible('.ps-privacy-popup__agree'))
    const card = `${visible('.ps-member-card')}:has-text("隐私测试")`
    await page.waitForSelector(card)
    expect(await page.textContent(card)).toContain('139****9876')
    expect(await agreement()).toBe('1')

    // The next privacy-related action (copying the invite code) is not asked again.
    await page.click(`${card} .ps-member-action--invite`)
    await page.waitForSelector(visible('.ps-invite-code'))
    const code = ((await page.textContent(visible('.ps-invite-code'))) ?? '').trim()
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.emulator.url })
    await page.click(visible('.ps-invite-copy'))
    await page.waitForFunction((expected) => navigator.clipboard.readText().then((text) => text === expected), code)
    expect(await page.locator(popup).count()).toBe(0)
  })

  it('links from the popup to the 隐私政策, and copies once agreed', async () => {
    const { page, visible } = app
    await forgetAgreement()
    await page.evaluate(() => navigator.clipboard.writeText(''))
    const code = ((await page.textContent(visible('.ps-invite-code'))) ?? '').trim()
    await page.click(visible('.ps-invite-copy'))
    await page.waitForSelector(visible('.ps-privacy-popup'))
    await page.click(visible('.ps-privacy-popup__link'))
    const policy = visible('.ps-privacy-policy')
    await page.waitForSelector(policy)
    const text = (await page.textContent(policy)) ?? ''
    for (const heading of ['党员登记信息', '学习教育记录', '组织生活记录', '投诉建议', '保存多久', '你可以做什么', '剪贴板']) expect(text).toContain(heading)
    // The guide itself is not covered by the popup.
    expect(await page.locator('.taro_page:has(.ps-privacy-policy) .ps-privacy-popup').count()).toBe(0)
    await page.goBack()
    await page.waitForSelector(visible('.ps-privacy-popup'))
    // Nothing was copied while the popup waited; 同意 copies.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('')
    await page.click(visible('.ps-privacy-popup__agree'))
    await page.waitForFunction((expected) => navigator.clipboard.readText().then((text) => text === expected), code)
    expect(await agreement()).toBe('1')
  })

  it('我的 → 我的数据 shows the member’s own records and exports them; 我的 → 隐私政策 opens', async () => {
    const { demo, page, visible, actAs } = app
    const member = demo.accounts.find((account) => account.label === '教工第一党支部 · 党员')!
    const mine = '我的数据测试：建议周末安排线上学习'
    const theirs = '别人的建议：这句话不应出现在我的数据里'
    const gw = gateway(demo.emulator.url)
    await gw.ok(
      'feedback',
      'feedback.send',
      { requestId: 'e2e-privacy-mine', kind: 'suggestion', to: 'org_department', content: mine, anonymous: true },
      member
    )
    await gw.ok(
      'feedback',
      'feedback.send',
      { requestId: 'e2e-privacy-theirs', kind: 'suggestion', to: 'org_department', content: theirs, anonymous: false },
      people.staff2Members[0]
    )

    await actAs(member.openId, '/pages/me/index')
    await page.click(visible('.ps-me-my-data-entry'))
    const feedback = visible('.ps-my-data__table--feedback')
    await page.waitForSelector(`${feedback}:has-text("${mine}")`)
    expect(await page.textContent(feedback)).toContain('匿名')
    expect(await page.textContent(visible('.ps-my-data__table--profile'))).toContain(member.name)
    expect(await page.textContent(visible('.ps-my-data'))).not.toContain(theirs)

    const download = page.waitForEvent('download')
    await page.click(visible('.ps-my-data__export'))
    expect((await download).suggestedFilename()).toMatch(/^我的数据-.+-\d{8}\.xlsx$/)

    await page.goBack()
    await page.click(visible('.ps-me-policy-entry'))
    await page.waitForSelector(`${visible('.ps-privacy-policy')}:has-text("保存的信息、用途和可见范围")`)
  })

  it('shows a full phone number only on 联系 beside a leave request, to the secretary', async () => {
    const { demo, page, visible, actAs } = app
    const gw = gateway(demo.emulator.url)
    const secretary = people.staff1Secretary
    const member = people.staff1Member
    const startAt = new Date(Date.now() + 3 * 24 * 3600_000).toISOString()
    const { id } = await gw.ok(
      'meetings',
      'meetings.create',
      { unitId: secretary.unitId, meeting: sampleMeeting(startAt, { title: '隐私测试党员大会' }) },
      secretary
    )
    await gw.ok('meetings', 'leave.request', { id, reason: '在外地出差' }, member)

    await actAs(secretary.openId, `/packages/meetings/pages/record/index?id=${encodeURIComponent(id)}`)
    const request = `${visible('.ps-leave-request')}:has-text("在外地出差")`
    await page.waitForSelector(request)
    // The page itself shows no full number.
    expect(await page.textContent(visible('.ps-page'))).not.toContain(member.phone)
    await page.click(`${request} .ps-call-member`)
    await page.waitForSelector(`.taro-modal__text:has-text("${member.phone}")`)
    expect(await page.textContent('.taro-modal__text')).toContain('请假联系')
    await page.click('.taro-modal__foot >> text=关闭')
  })
})
