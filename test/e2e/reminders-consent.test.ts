import { gateway } from '../support/gateway'
import { sampleMeeting } from '../support/meetings'
import { useH5App } from '../support/h5-app'
import { people } from '../support/people'

/**
 * Every subscribe template can be consented to from the UI, by whom it
 * reaches and only from a tap: the work template (quota reminders, the weekly
 * digest) on 工作台 for a 支部书记 and the 组织部, never for a plain member;
 * the meeting template on a meeting still ahead. On H5 the tap (after the
 * privacy popup) is the consent; the server keeps one credit per template.
 */
describe('H5 app: asking for meeting and work reminders', () => {
  jest.setTimeout(180_000)
  const app = useH5App()

  // Each consent below first meets the privacy popup (asked once per device): start from a device that has not agreed.
  const forgetAgreement = () => app.page.evaluate(() => window.localStorage.removeItem('ps-privacy-agreed-v1'))

  // The plain member of 教工第一党支部 the dev switcher offers (the README's member).
  const staff1Member = () => {
    const account = app.demo.accounts.find((candidate) => candidate.label === '教工第一党支部 · 党员')
    if (!account) throw new Error('the demo offers no plain member of 教工第一党支部')
    return account
  }
  const memberIdOf = async (openId: string): Promise<string> => {
    const { data } = await app.demo.db.collection('members').where({ openid: openId }).get()
    return (data as Array<{ _id: string }>)[0]._id
  }

  const credits = async (memberId: string): Promise<Record<string, number>> => {
    const { data } = await app.demo.db.collection('subscriptions').doc(memberId).get()
    const doc = (Array.isArray(data) ? data[0] : data) as { templates?: Record<string, number> } | undefined
    return doc?.templates ?? {}
  }

  it('offers the work reminder to a 支部书记 on 工作台, records one consent to that template only, and remembers it was asked', async () => {
    const { page, visible, actAs } = app
    const secretary = people.staff1Secretary
    await actAs(secretary.openId, '/pages/work/index')
    await forgetAgreement()
    const box = visible('.ps-work-reminder')
    await page.waitForSelector(box)
    expect(await page.textContent(box)).toContain('每月20日')

    await page.click(`${box} .ps-subscribe`)
    await page.click(visible('.ps-privacy-popup__agree'))
    await page.waitForSelector(`${box}:has-text("本月工作提醒已设置")`)
    expect(await credits(secretary.memberId)).toEqual({ TEMPLATE_QUOTA: 1 })

    // Back on the page: asked already, no second button.
    await actAs(secretary.openId, '/pages/work/index')
    await page.waitForSelector(`${box}:has-text("本月工作提醒已设置")`)
    expect(await page.locator(`${box} .ps-subscribe`).count()).toBe(0)
  })

  it('offers the 组织部 the weekly digest, and a plain member no work reminder at all', async () => {
    const { page, visible, actAs } = app
    await actAs(people.orgDepartment.openId, '/pages/work/index')
    await page.waitForSelector(visible('.ps-work-reminder'))
    expect(await page.textContent(visible('.ps-work-reminder'))).toContain('每周一')

    await actAs(staff1Member().openId, '/pages/work/index')
    await page.waitForSelector(`${visible('.ps-page')} >> text=你目前没有管理职务`)
    expect(await page.locator(visible('.ps-work-reminder')).count()).toBe(0)
  })

  it('offers a meeting reminder on a meeting still ahead, recorded as one meeting-template consent', async () => {
    const { demo, page, visible, actAs } = app
    const secretary = people.staff1Secretary
    const member = { openId: staff1Member().openId, memberId: await memberIdOf(staff1Member().openId) }
    const startAt = new Date(Date.now() + 3 * 24 * 3600_000).toISOString()
    const { id } = await gateway(demo.emulator.url).ok(
      'meetings',
      'meetings.create',
      { unitId: secretary.unitId, meeting: sampleMeeting(startAt, { title: '提醒测试党员大会' }) },
      secretary
    )
    const before = await credits(member.memberId)

    await actAs(member.openId, `/packages/meetings/pages/detail/index?id=${encodeURIComponent(id)}`)
    await forgetAgreement()
    const box = visible('.ps-meeting-reminder')
    await page.waitForSelector(box)
    expect(await page.textContent(box)).toContain('会前一天')
    await page.click(`${box} .ps-subscribe`)
    await page.click(visible('.ps-privacy-popup__agree'))
    await page.waitForSelector(`${box}:has-text("会议提醒已设置")`)
    expect(await credits(member.memberId)).toEqual({ ...before, TEMPLATE_MEETING: (before.TEMPLATE_MEETING ?? 0) + 1 })
  })
})
