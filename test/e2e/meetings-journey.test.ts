import { readFileSync } from 'node:fs'
import mammoth from 'mammoth'
import type { MeetingDetail } from '../../cloudfunctions/_shared/contract/meetings-api'
import { themeDayDates } from '../../src/features/meetings/rule-dates'
import { callAs } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { setClock as setFunctionsClock } from '../support/meetings'
import { people } from '../support/people'

const SECRETARY = people.staff1Secretary.openId // 教工第一党支部 · 支部书记
const PRESENT = people.staff1GroupMember.openId // members of 教工第一党支部: one checks in,
const ON_LEAVE = people.staff1MobileMember.openId // one asks for leave and makes it up,
const ABSENT = people.staff1Member.openId // and one does not come
const BRANCH_ID = 'u-b-staff-1'
const MINUTE = 60_000

/**
 * 主题党日 from the rule to the record, in the H5 build: the secretary sets
 * 每月第二个周五 15:00, shows the check-in code at the generated meeting, one
 * member checks in with it, one asks for leave (approved) and does the 补学
 * afterwards, one stays away; the secretary completes the minutes, sees the
 * attendance final and exports the record. The functions' clock is moved to
 * "10 minutes before" and "after the end"; the browser keeps real time.
 */
describe('H5 app: 主题党日 journey', () => {
  jest.setTimeout(240_000)

  // Declared before useH5App(): jest runs afterAll hooks in declaration order, so this runs while the emulator is still up.
  afterAll(async () => {
    if (app.demo) await setClock(null)
  })
  const app = useH5App()

  const setClock = (now: string | null): Promise<void> => setFunctionsClock(app.demo.emulator.url, now)

  const names: Record<string, string> = {}
  /** Late in December no second Friday is left this year: then the functions live on 1 January, where the whole year is ahead. */
  let clockMoved = false

  beforeAll(async () => {
    const { data } = await app.demo.db
      .collection('members')
      .where({ openid: app.demo.db.command.in([SECRETARY, PRESENT, ON_LEAVE, ABSENT]) })
      .get()
    for (const member of data as Array<{ openid: string; name: string }>) names[member.openid] = member.name
    // The dev switcher offers only a few plain members; these must be switchable too.
    await app.allowAccounts([PRESENT, ON_LEAVE, ABSENT].map((openId) => ({ openId, name: names[openId], label: '教工第一党支部 · 党员' })))
    if (themeDayDates({ nth: 2, weekday: 5, time: '15:00' }, new Date()).length === 0) {
      const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4)) + 1
      await setClock(`${year}-01-01T08:00:00+08:00`)
      clockMoved = true
    }
  })

  const confirmOf = (dialogClass: string): string => `${app.visible(dialogClass)} .nut-dialog-footer-ok`
  /** The row of one member in a list whose rows have `rowClass` and names `nameClass`. */
  const rowOf = (rowClass: string, nameClass: string, openId: string): string => `${app.visible(rowClass)}:has(${nameClass}:text-is("${names[openId]}"))`

  it('runs a 主题党日 from the monthly rule to the exported record', async () => {
    const { page, visible, actAs } = app
    const url = app.demo.emulator.url

    // 1. The secretary: 工作台 → 组织生活 → 设置主题党日规则: 每月第二个周五 15:00, 120 minutes, 线下.
    await actAs(SECRETARY, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("组织生活")`)
    await page.waitForSelector(visible('.ps-meeting-manage'))
    await page.click(visible('.ps-meeting-rule-entry'))
    await page.waitForSelector(visible('.ps-rule-editor'))
    await page.click(`${visible('.ps-rule-nth-choice')}:text-is("第二个")`)
    await page.click(`${visible('.ps-rule-weekday-choice')}:text-is("周五")`)
    await page.fill(visible('.ps-rule-time input'), '15:00')
    expect(await page.inputValue(visible('.ps-rule-duration input'))).toBe('120')
    await page.fill(visible('.ps-rule-place input'), '行政楼 302 党员活动室')
    await page.click(`${visible('.ps-rule-form-choice')}:text-is("线下")`)
    const preview = await page.locator(visible('.ps-rule-preview-date')).allTextContents()
    if (!clockMoved) expect(preview.length).toBeGreaterThanOrEqual(1)
    expect(preview.every((line) => line.includes('周五 15:00'))).toBe(true)

    await page.click(visible('.ps-rule-save'))
    // Back on 组织生活, with what was generated.
    await page.waitForSelector(`${visible('.ps-rule-result')}:has-text("已生成")`)
    const generated = Number(/已生成 (\d+) 次主题党日/.exec((await page.textContent(visible('.ps-rule-result'))) ?? '')?.[1])
    expect(generated).toBeGreaterThanOrEqual(1)
    if (!clockMoved) expect(generated).toBe(preview.length)
    const firstCard = `${visible('.ps-meeting-card')} >> nth=0`
    await page.waitForSelector(firstCard)
    expect(await page.textContent(firstCard)).toContain('主题党日')
    expect(await page.textContent(`${firstCard} >> .ps-meeting-card-time`)).toMatch(/星期五 15:00–17:00/)
    expect(await page.textContent(`${firstCard} >> .ps-meeting-card-place`)).toBe('线下 · 行政楼 302 党员活动室')
    expect(await page.textContent(`${firstCard} >> .ps-meeting-card-counters`)).toMatch(/^应到 \d+ · 出席 0 · 迟到 0 · 请假 0 · 缺席 0 · 已补学 0$/)

    // The next one opens; its times come from the server.
    await page.click(firstCard)
    await page.waitForSelector(visible('.ps-meeting-detail'))
    const meetingId = new URL(page.url().replace('#', '')).searchParams.get('id')!
    expect(meetingId).toBeTruthy()
    const fetched = await callAs<MeetingDetail>(url, SECRETARY, 'meetings', 'meetings.get', { id: meetingId })
    if (!fetched.ok) throw new Error(fetched.error.message)
    const meeting = fetched.data
    expect(meeting.type).toBe('theme_day')
    // The rule page's preview and the server agree on the day (when both go by real time).
    if (!clockMoved) expect(meeting.startAt).toBe(themeDayDates({ nth: 2, weekday: 5, time: '15:00' }, new Date())[0].startAt)
    const detailRoute = `/packages/meetings/pages/detail/index?id=${encodeURIComponent(meetingId)}`
    const recordRoute = `/packages/meetings/pages/record/index?id=${encodeURIComponent(meetingId)}`

    // 2. Ten minutes before the start: the secretary shows the check-in code.
    await setClock(new Date(Date.parse(meeting.startAt) - 10 * MINUTE).toISOString())
    await page.click(visible('.ps-meeting-screen-entry'))
    await page.waitForSelector(`${visible('.ps-checkin-phase')}:has-text("签到中")`)
    const checkinUrl = ((await page.textContent(visible('.ps-checkin-url'))) ?? '').trim()
    expect(checkinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/packages\/meetings\/pages\/checkin\/index\?t=.+/)
    // The code shown is the 小程序码 the platform returned (a PNG; issue 14), the link under it for H5.
    expect(await page.locator(visible('.ps-checkin-qr img[src^="data:image/png;base64,"]')).count()).toBe(1)
    // The live list has everyone still to come.
    await page.waitForSelector(rowOf('.ps-live-group--pending .ps-live-member', '.ps-live-member-name', PRESENT))

    // 3. Member 012 opens the code's URL and is checked in; opening it again changes nothing.
    await actAs(PRESENT, '/pages/home/index')
    await page.goto(checkinUrl)
    await page.waitForSelector(`${visible('.ps-checkin-status')}:text-is("签到成功")`)
    expect(await page.textContent(visible('.ps-checkin-meeting'))).toBe(meeting.title)
    await page.reload()
    await page.waitForSelector(`${visible('.ps-checkin-status')}:text-is("已签到")`)

    // 4. Member 013 opens the meeting and asks for leave.
    await actAs(ON_LEAVE, detailRoute)
    await page.waitForSelector(visible('.ps-leave-open'))
    await page.click(visible('.ps-leave-open'))
    await page.fill(visible('.ps-leave-reason textarea'), '赴外地参加教学研讨会')
    await page.click(visible('.ps-leave-submit'))
    await page.waitForSelector(`${visible('.ps-leave-decision')}:text-is("待批准")`)
    expect(await page.textContent(visible('.ps-meeting-mine-status'))).toBe('请假待批')

    // 5. The secretary sees the request on 考勤与记录 and approves it with a comment.
    await actAs(SECRETARY, recordRoute)
    const request = rowOf('.ps-leave-request', '.ps-leave-request-name', ON_LEAVE)
    await page.waitForSelector(request)
    expect(await page.textContent(`${request} >> .ps-leave-request-reason`)).toBe('赴外地参加教学研讨会')
    await page.click(`${request} >> .ps-leave-approve`)
    await page.fill(visible('.ps-leave-decide-dialog .ps-leave-comment textarea'), '同意，会后按时补学')
    await page.click(confirmOf('.ps-leave-decide-dialog'))
    await page.waitForSelector(`${rowOf('.ps-record-member', '.ps-record-member-name', ON_LEAVE)} >> .ps-record-status:text-is("请假 · 待补学")`)
    expect(await page.locator(request).count()).toBe(0)
    await page.waitForSelector(`${visible('.ps-record-counters .ps-m-count-present')}:text-is("1")`)
    // The counts come with the list's reload after the decision (counted on the meeting's lane before it is read).
    await page.waitForSelector(`${visible('.ps-record-counters .ps-m-count-leave')}:text-is("1")`)

    // 6. After the meeting: member 013 finds 待补学 on 首页, opens it, writes the reflection.
    await setClock(new Date(Date.parse(meeting.endAt) + 10 * MINUTE).toISOString())
    await actAs(ON_LEAVE, '/pages/home/index')
    await page.waitForSelector(`${visible('.ps-home-makeup')}:has-text("待补学")`)
    expect(await page.textContent(visible('.ps-home-makeup__count'))).toBe('1')
    await page.click(visible('.ps-home-makeup'))
    const task = `${visible('.ps-makeup-item')}:has-text("${meeting.title}")`
    await page.waitForSelector(task)
    await page.click(task)
    await page.waitForSelector(`${visible('.ps-leave-comment')}:has-text("同意，会后按时补学")`)
    await page.fill(visible('.ps-makeup-reflection textarea'), '认真学习了本次主题党日的材料，结合教学工作谈谈体会：要把学习成果落实到每一堂课。')
    await page.click(visible('.ps-makeup-submit'))
    await page.waitForSelector(visible('.ps-makeup-done'))
    expect(await page.textContent(visible('.ps-meeting-mine-status'))).toBe('请假 · 已补学')

    // 7. The secretary completes the minutes: attendance becomes final; then exports the record.
    await actAs(SECRETARY, recordRoute)
    await page.waitForSelector(visible('.ps-minutes'))
    const content = `学习贯彻党的二十届四中全会精神，交流学习体会。${Date.now()}`
    await page.fill(visible('.ps-minutes-content textarea'), content)
    await page.fill(visible('.ps-minutes-resolutions-input input'), '下月主题党日开展志愿服务')
    await page.click(visible('.ps-minutes-save'))
    await page.waitForSelector(`${visible('.ps-minutes-recorded')}:has-text("记录已完成")`)
    const statusOf = (openId: string) => `${rowOf('.ps-record-member', '.ps-record-member-name', openId)} >> .ps-record-status`
    await page.waitForSelector(`${statusOf(ABSENT)}:has-text("缺席")`)
    expect(await page.textContent(statusOf(PRESENT))).toBe('出席')
    expect(await page.textContent(statusOf(ON_LEAVE))).toBe('请假 · 已补学')
    expect(await page.textContent(statusOf(ABSENT))).toBe('缺席 · 待补学')
    expect(await page.textContent(visible('.ps-record-counters .ps-m-count-madeUp'))).toBe('1')

    const [download] = await Promise.all([page.waitForEvent('download'), page.click(visible('.ps-meeting-export'))])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const file = readFileSync((await download.path())!)
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK')
    const { value } = await mammoth.extractRawText({ buffer: file })
    expect(value).toContain(content)
    expect(value).toContain(names[ON_LEAVE])

    // 组织生活 lists it under 已召开, recorded.
    await actAs(SECRETARY, `/packages/meetings/pages/manage/index?unitId=${BRANCH_ID}`)
    await page.click(visible('.ps-meeting-tab-past'))
    await page.waitForSelector(`${visible('.ps-meeting-card')}:has-text("${meeting.title}") .ps-meeting-card-recorded`)
  })
})
