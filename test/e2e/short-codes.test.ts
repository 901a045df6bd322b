import { seedDemoMeetings } from '../../scripts/seed/demo-meetings'
import { gateway } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { people } from '../support/people'

/**
 * 小程序码 in the H5 build (issue 14 item 2): opening a page with the `scene` a
 * 小程序码 carries (?scene= on H5, options.scene on weapp) lands on the same
 * screen as the old path QR: the join page with the invite code filled in, the
 * check-in page checked in.
 */
describe('H5 app: 小程序码 scenes open the join and check-in pages', () => {
  jest.setTimeout(120_000)
  const app = useH5App()

  it('a member opens a check-in scene and is checked in', async () => {
    const { demo, page, visible, actAs } = app
    await seedDemoMeetings(demo.emulator.url, people.staff1Secretary.openId, null)
    const gw = gateway(demo.emulator.url)
    const member = demo.accounts.find((account) => account.label === '教工第一党支部 · 党员')!
    const study = (await gw.ok('meetings', 'meetings.list', { view: 'member', page: 1, pageSize: 20 }, member.openId)).items.find(
      (m) => m.type === 'collective_study'
    )!
    const code = await gw.ok('meetings', 'checkin.code', { id: study.id }, people.staff1Secretary)
    expect(code.wxaCode).not.toBeNull()

    await actAs(member.openId, `/packages/meetings/pages/checkin/index?scene=${encodeURIComponent(code.wxaCode!.scene)}`)
    await page.waitForSelector(`${visible('.ps-checkin-status')}:text-is("签到成功")`)
    expect(await page.textContent(visible('.ps-checkin-meeting'))).toBe(study.title)

    // A scene that stands for nothing says so, in Chinese.
    await page.goto(`${demo.emulator.url}/#/packages/meetings/pages/checkin/index?scene=c${'A'.repeat(24)}`)
    await page.waitForSelector(`${visible('.ps-checkin-error')}:has-text("这不是本系统的签到码")`)
  })

  it('a newcomer opens an invite scene: the code is filled in and joins', async () => {
    const { demo, page, visible, actAs } = app
    const gw = gateway(demo.emulator.url)
    const secretary = people.staff1Secretary.openId
    const added = await gw.ok(
      'org',
      'members.add',
      { unitId: 'u-b-staff-1', name: '扫码新同志', phone: '13912349876', type: '预备党员', category: '在职' },
      secretary
    )
    const invite = await gw.ok('org', 'invites.create', { memberId: added.id }, secretary)
    expect(invite.wxaCode).not.toBeNull()

    await actAs(people.newcomer.openId, `/packages/org/pages/join/index?scene=${encodeURIComponent(invite.wxaCode!.scene)}`)
    await page.waitForFunction(([selector, code]) => (document.querySelector(selector) as HTMLInputElement | null)?.value === code, [
      visible('.ps-join-input input'),
      invite.code
    ] as const)
    await page.click(visible('.ps-join-submit'))
    await page.waitForSelector(visible('.ps-join-success'))
    expect(await page.textContent(visible('.ps-join-success-name'))).toBe('扫码新同志')
  })
})
