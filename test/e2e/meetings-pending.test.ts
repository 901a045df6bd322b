import type { MeetingSummary } from '../../cloudfunctions/_shared/contract/meetings-api'
import { callAs } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { sampleMeeting, setClock as setFunctionsClock } from '../support/meetings'
import { people } from '../support/people'

const SECRETARY = people.staff1Secretary.openId // 教工第一党支部 · 支部书记
const ON_LEAVE = people.staff1Member // asks for leave a few days ahead
const UNBOUND = people.staff1Unbound // no WeChat: marked by hand
const BRANCH_ID = 'u-b-staff-1'
const MINUTE = 60_000

/**
 * Issue 13, items 3, 4 and the meetings parts of 8, replayed in the H5 build:
 * a leave request shows on 工作台 with its count (and on 组织生活) and is
 * approved from there; the 补学 it brings is not open before the meeting
 * ends, then says what to study and is done; the minutes cannot be typed
 * before the start (disabled, with the reason); 其他 as a hand-mark reason
 * asks for a few words. The browser keeps real time; the functions' clock is
 * moved only to plan a meeting that has already ended.
 */
describe('H5 app: pending leave, 补学 after the meeting, inputs that wait', () => {
  jest.setTimeout(240_000)
  afterAll(async () => {
    if (app.demo) await setClock(null)
  })
  const app = useH5App()

  const setClock = (now: string | null): Promise<void> => setFunctionsClock(app.demo.emulator.url, now)
  const api = async <T>(openId: string, action: string, payload: unknown): Promise<T> => {
    const result = await callAs<T>(app.demo.emulator.url, openId, 'meetings', action, payload)
    if (!result.ok) throw new Error(`${action}: ${JSON.stringify(result.error)}`)
    return result.data
  }
  const isoIn = (minutes: number): string => new Date(Math.ceil((Date.now() + minutes * MINUTE) / MINUTE) * MINUTE).toISOString()
  const confirmOf = (dialogClass: string): string => `${app.visible(dialogClass)} .nut-dialog-footer-ok`

  beforeAll(async () => {
    await app.allowAccounts([{ openId: ON_LEAVE.openId, name: ON_LEAVE.name, label: '教工第一党支部 · 党员' }])
  })

  it('item 4 and 3: the secretary sees and approves pending leave on 工作台; the 补学 waits for the meeting to end', async () => {
    const { page, visible, actAs } = app
    const title = `周三集体学习 ${Date.now() % 10_000}`
    const upcoming = await api<MeetingSummary>(SECRETARY, 'meetings.create', {
      unitId: BRANCH_ID,
      meeting: sampleMeeting(isoIn(3 * 24 * 60), { type: 'collective_study', title, materials: [] })
    })
    await api(ON_LEAVE.openId, 'leave.request', { id: upcoming.id, reason: '赴外地参加教学研讨会' })

    // 工作台: 待处理 with the count, the request, and 批准 right there.
    await actAs(SECRETARY, '/pages/work/index')
    await page.waitForSelector(`${visible('.ps-work-pending-count')}:has-text("请假待审批 1 条")`)
    const item = `${visible('.ps-work-pending-item')}:has(.ps-work-pending-name:text-is("${ON_LEAVE.name}"))`
    expect(await page.textContent(item)).toContain(title)
    expect(await page.textContent(`${item} >> .ps-work-pending-reason`)).toBe('事由：赴外地参加教学研讨会')
    // 组织生活 shows it on the meeting's card too.
    await actAs(SECRETARY, `/packages/meetings/pages/manage/index?unitId=${BRANCH_ID}`)
    const card = `${visible('.ps-meeting-card')}:has-text("${title}")`
    await page.waitForSelector(`${card} .ps-meeting-card-pending:text-is("请假待审批 1")`)
    await actAs(SECRETARY, '/pages/work/index')
    await page.click(`${item} >> .ps-work-pending-approve`)
    await page.waitForSelector(`${visible('.ps-work-pending-count')}:has-text("暂无待审批的请假")`)

    // The member: 请假 approved, 补学 not open before the meeting has ended; nothing to submit, none listed.
    await actAs(ON_LEAVE.openId, `/packages/meetings/pages/detail/index?id=${encodeURIComponent(upcoming.id)}`)
    await page.waitForSelector(`${visible('.ps-makeup-not-open')}:has-text("会议结束后")`)
    expect(await page.locator(visible('.ps-makeup-submit')).count()).toBe(0)
    await actAs(ON_LEAVE.openId, '/packages/meetings/pages/makeup/index')
    await page.waitForSelector(`${visible('.ps-empty')}:has-text("没有待完成的补学")`)
    expect(await page.locator(`${visible('.ps-makeup-item')}:has-text("${title}")`).count()).toBe(0)

    // A meeting that has really ended (planned with the functions' clock earlier): leave approved before it, 补学 open now.
    const start = isoIn(-75)
    await setClock(new Date(Date.parse(start) - 60 * MINUTE).toISOString())
    const held = await api<MeetingSummary>(SECRETARY, 'meetings.create', {
      unitId: BRANCH_ID,
      meeting: { ...sampleMeeting(start, { title: `${title}（已召开）`, materials: [] }), endAt: new Date(Date.parse(start) + 60 * MINUTE).toISOString() }
    })
    await api(ON_LEAVE.openId, 'leave.request', { id: held.id, reason: '出差' })
    await api(SECRETARY, 'leave.decide', { id: held.id, memberId: ON_LEAVE.memberId, decision: 'approved' })
    await setClock(null)
    await actAs(ON_LEAVE.openId, '/packages/meetings/pages/makeup/index')
    const task = `${visible('.ps-makeup-item')}:has-text("${title}（已召开）")`
    await page.waitForSelector(task)
    // No materials listed: the task says what to study instead (the agenda, until the minutes are written).
    expect(await page.textContent(`${task} >> .ps-makeup-item-study`)).toContain('议程')
    await page.click(task)
    await page.waitForSelector(`${visible('.ps-makeup-agenda')}:has-text("学习有关精神")`)
    await page.fill(visible('.ps-makeup-reflection textarea'), '会后学习了本次集体学习的议程内容，结合教学工作谈体会：要把学习成果落实到每一堂课。')
    await page.click(visible('.ps-makeup-submit'))
    await page.waitForSelector(visible('.ps-makeup-done'))
  })

  it('item 8: minutes wait for the start (disabled, with the reason); 其他 asks for a few words', async () => {
    const { page, visible, actAs } = app
    const future = await api<MeetingSummary>(SECRETARY, 'meetings.create', {
      unitId: BRANCH_ID,
      meeting: sampleMeeting(isoIn(2 * 24 * 60), { title: `支部党员大会 ${Date.now() % 10_000}` })
    })
    await actAs(SECRETARY, `/packages/meetings/pages/record/index?id=${encodeURIComponent(future.id)}`)
    await page.waitForSelector(`${visible('.ps-minutes-locked')}:has-text("会议开始后")`)
    expect(await page.locator(visible('.ps-minutes-content textarea')).isDisabled()).toBe(true)
    expect(await page.getAttribute(visible('.ps-minutes-save'), 'class')).toContain('nut-button-disabled')
    // Where there is a limit, a counter says it before anything is lost.
    expect(((await page.textContent(visible('.ps-minutes-content .nut-textarea-limit'))) ?? '').replace(/\s/g, '')).toBe('0/5000')

    // A meeting starting in 10 minutes: check-in is open; mark the unbound member with 其他.
    const soon = await api<MeetingSummary>(SECRETARY, 'meetings.create', {
      unitId: BRANCH_ID,
      meeting: sampleMeeting(isoIn(10), { type: 'committee_meeting', title: `支部委员会 ${Date.now() % 10_000}` })
    })
    await actAs(SECRETARY, `/packages/meetings/pages/screen/index?id=${encodeURIComponent(soon.id)}`)
    const row = `${visible('.ps-live-member')}:has(.ps-live-member-name:text-is("${UNBOUND.name}"))`
    await page.waitForSelector(`${row} >> .ps-live-mark`)
    await page.click(`${row} >> .ps-live-mark`)
    await page.click('.nut-actionsheet-item:visible:has-text("其他")')
    await page.waitForSelector(visible('.ps-live-other-dialog'))
    expect(await page.textContent(visible('.ps-live-other-dialog'))).toContain('请用几个字说明原因')
    await page.fill(visible('.ps-live-other-text input'), '视频连线参会')
    await page.click(confirmOf('.ps-live-other-dialog'))
    await page.waitForSelector(`${row} >> .ps-m-member__note:has-text("手动（其他：视频连线参会）")`)

    // The member's leave reason has its counter too.
    await actAs(ON_LEAVE.openId, `/packages/meetings/pages/detail/index?id=${encodeURIComponent(future.id)}`)
    await page.click(visible('.ps-leave-open'))
    await page.waitForSelector(visible('.ps-leave-reason .nut-textarea-limit'))
    expect(((await page.textContent(visible('.ps-leave-reason .nut-textarea-limit'))) ?? '').replace(/\s/g, '')).toBe('0/200')
  })
})
