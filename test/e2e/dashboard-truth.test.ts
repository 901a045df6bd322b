import { HELD_ONLY_NOTE, quotaTargets } from '../../cloudfunctions/_shared/contract/dashboard-rules'
import { gateway, type Gateway } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { people } from '../support/people'
import { settleCounts } from '../support/recount'

const BRANCH = 'u-b-staff-1'
const BRANCH_NAME = '教工第一党支部'
const DAY = 86_400_000
const SHANGHAI = 8 * 3_600_000

/** The Shanghai calendar day of an instant. */
const shanghaiDay = (ms: number): string => new Date(ms + SHANGHAI).toISOString().slice(0, 10)

/**
 * Issue 13 item 7 replayed in the H5 build: the 数据看板 never contradicts
 * itself. A fresh install puts no branch 落后; a meeting five days away with
 * leave approved shows as 即将召开, in no rate, until it is held; the target
 * shown is the one in force with its reason (settings form and 年度要求 say the
 * same); the 年度要求 tab has a year stepper, not the 周/月 picker; the summary
 * and the member rows agree. The browser keeps real time; the functions' clock
 * moves only to hold the meeting.
 */
describe('H5 app: the dashboard tells the truth', () => {
  jest.setTimeout(240_000)

  // Declared before useH5App(): jest runs afterAll hooks in declaration order, so this runs while the emulator is still up.
  afterAll(async () => {
    if (app.demo) await setClock(app.demo.emulator.url, null)
  })
  const app = useH5App()
  let gw: Gateway

  const secretary = people.staff1Secretary
  const away = people.staff1Member // asks for leave for the meeting five days away
  let awayName = ''

  beforeAll(async () => {
    gw = gateway(app.demo.emulator.url)
    const { data } = await app.demo.db.collection('members').where({ openid: away.openId }).get()
    awayName = (data as Array<{ name: string }>)[0].name
  })

  /** What the summary shows for a key (PARTICIPATION_COLUMNS, or upcomingMeetings / upcomingLeave): a number, or null for "—". */
  async function shown(key: string): Promise<number | null> {
    const text = ((await app.page.textContent(app.visible(`.ps-dashboard-summary .ps-dashboard-total-${key}`))) ?? '').trim()
    return text === '—' ? null : Number(text)
  }

  /** A column of the member table, one number per member. */
  async function memberColumn(key: string): Promise<number[]> {
    return (await app.page.locator(app.visible(`.ps-dashboard-member-row .ps-dashboard-member-${key}`)).allTextContents()).map(Number)
  }
  const sum = (values: number[]): number => values.reduce((n, v) => n + v, 0)

  async function awayCell(key: string): Promise<string | null> {
    return app.page.textContent(
      `${app.visible('.ps-dashboard-member-row')}:has(.ps-dashboard-member-name:text-is("${awayName}")) >> .ps-dashboard-member-${key}`
    )
  }

  it('puts no branch 落后 on a fresh install, with a year stepper and no 周/月 picker on 年度要求', async () => {
    const { page, visible, actAs } = app
    await actAs(people.orgDepartment.openId, '/packages/dashboard/pages/index/index')
    await page.waitForSelector(`${visible('.ps-dashboard-unit-title')}:text-is("信息工程学院党委")`)
    // 参与情况 has the period picker …
    expect(await page.locator(visible('.ps-dashboard-period-choice')).count()).toBe(5)

    await page.click(visible('.ps-dashboard-tab-quotas'))
    await page.waitForSelector(visible('.ps-dashboard-quota-branch'))
    // … 年度要求 only a year.
    expect(await page.locator(visible('.ps-dashboard-period-choice')).count()).toBe(0)
    expect(await page.locator(visible('.ps-dashboard-prev')).count()).toBe(0)
    const year = Number(shanghaiDay(Date.now()).slice(0, 4))
    expect(await page.textContent(visible('.ps-dashboard-year-label'))).toBe(`${year}年`)

    expect(await page.locator(visible('.ps-dashboard-quota-branch')).count()).toBeGreaterThan(1)
    expect(await page.locator(visible('.ps-dashboard-quota-behind')).count()).toBe(0)
    const branches = await page.locator(visible('.ps-dashboard-quota-branch')).count()
    expect(await page.textContent(visible('.ps-dashboard-quotas-summary'))).toBe(`${branches} 个党支部均未落后于年度要求进度；${branches} 个尚未开始计算`)
    // Each branch says why nothing is asked of it yet.
    const branch = `${visible('.ps-dashboard-quota-branch')}:has(.ps-dashboard-quota-branch-name:text-is("${BRANCH_NAME}"))`
    expect(await page.textContent(`${branch} .ps-dashboard-quota-count-from`)).toBe('暂不计算：支部尚未开始使用本系统，暂不计算（组织部可设定起算日期）')

    // The year moves, and the list with it.
    await page.click(visible('.ps-dashboard-year-prev'))
    await page.waitForSelector(`${visible('.ps-dashboard-quota-year')}:text-is("${year - 1}年度要求")`)
    await page.waitForSelector(visible('.ps-dashboard-quota-branch'))
    expect(await page.locator(visible('.ps-dashboard-quota-behind')).count()).toBe(0)
    await page.click(visible('.ps-dashboard-year-next'))
    await page.waitForSelector(`${visible('.ps-dashboard-quota-year')}:text-is("${year}年度要求")`)
  })

  it('shows a meeting five days away with leave approved as 即将召开, in no rate; once held it counts, and summary and members agree', async () => {
    const { page, visible, actAs } = app
    // A meeting five days away (15:00 Shanghai); the member's leave is approved.
    const meetingDay = shanghaiDay(Date.now() + 5 * DAY)
    const startAt = new Date(`${meetingDay}T15:00:00+08:00`).toISOString()
    const { id } = await gw.ok('meetings', 'meetings.create', { unitId: BRANCH, meeting: sampleMeeting(startAt) }, secretary)
    await gw.ok('meetings', 'leave.request', { id, reason: '出差' }, away)
    await gw.ok('meetings', 'leave.decide', { id, memberId: away.memberId, decision: 'approved' }, secretary)
    await settleCounts(app.demo.emulator.url, app.demo.db)

    await actAs(secretary.openId, `/packages/dashboard/pages/index/index?unitId=${BRANCH}`)
    await page.waitForSelector(`${visible('.ps-dashboard-unit-title')}:text-is("${BRANCH_NAME}")`)
    // This month by default; the meeting may fall in the next one.
    if (meetingDay.slice(0, 7) !== shanghaiDay(Date.now()).slice(0, 7)) {
      await page.click(visible('.ps-dashboard-next'))
      const [y, m] = meetingDay.split('-').map(Number)
      await page.waitForSelector(`${visible('.ps-dashboard-scope-label')}:text-is("${y}年${m}月")`)
    }
    await page.waitForSelector(`${visible('.ps-dashboard-total-upcomingMeetings')}:text-is("1")`)

    // Beside the summary, apart: 1 meeting to come, 1 leave approved for it; nothing of it in the figures.
    expect(await shown('upcomingLeave')).toBe(1)
    expect(await shown('meetingsHeld')).toBe(0)
    expect(await shown('leave')).toBe(0)
    expect(await shown('meetingInvited')).toBe(0)
    expect(await shown('attendanceRate')).toBeNull()
    expect(await shown('makeupRate')).toBeNull()
    expect(await page.textContent(visible('.ps-dashboard-held-note'))).toBe(HELD_ONLY_NOTE)

    // The member: no 请假 yet, 1 under 即将召开·已请假; the table agrees with the summary.
    await page.waitForSelector(visible('.ps-dashboard-member-row'))
    expect(await page.locator(visible('.ps-dashboard-members .ps-d-th')).allTextContents()).toContain('即将召开·已请假')
    expect([await awayCell('leave'), await awayCell('upcomingLeave')]).toEqual(['0', '1'])
    expect(await page.textContent(visible('.ps-dashboard-members-upcoming'))).toBe('即将召开 1 次')
    expect(sum(await memberColumn('upcomingLeave'))).toBe(await shown('upcomingLeave'))
    expect(sum(await memberColumn('leave'))).toBe(await shown('leave'))
    expect(sum(await memberColumn('present'))).toBe(0)

    // Held: after the end, one member marked present and the minutes saved (attendance final).
    await setClock(app.demo.emulator.url, after(startAt, 10))
    await gw.ok('meetings', 'attendance.mark', { id, memberId: people.staff1GroupMember.memberId, status: 'present', reason: '未带手机' }, secretary)
    await setClock(app.demo.emulator.url, after(startAt, 150))
    await gw.ok('meetings', 'minutes.save', { id, content: '传达学习了有关会议精神，讨论了下一步工作安排。', resolutions: [] }, secretary)
    await settleCounts(app.demo.emulator.url, app.demo.db)

    await page.reload()
    await page.waitForSelector(`${visible('.ps-dashboard-unit-title')}:text-is("${BRANCH_NAME}")`)
    if (meetingDay.slice(0, 7) !== shanghaiDay(Date.now()).slice(0, 7)) await page.click(visible('.ps-dashboard-next'))
    await page.waitForSelector(`${visible('.ps-dashboard-total-meetingsHeld')}:text-is("1")`)
    expect(await shown('upcomingMeetings')).toBe(0)
    expect(await shown('upcomingLeave')).toBe(0)
    expect(await shown('leave')).toBe(1)
    await page.waitForSelector(visible('.ps-dashboard-member-row'))
    expect([await awayCell('leave'), await awayCell('upcomingLeave')]).toEqual(['1', '0'])
    expect(await page.textContent(visible('.ps-dashboard-members-upcoming'))).toBe('即将召开 0 次')

    // Summary and member rows agree, figure for figure.
    const invited = (await shown('meetingInvited')) ?? 0
    const attended = sum(await memberColumn('present')) + sum(await memberColumn('late'))
    expect({
      leave: sum(await memberColumn('leave')),
      absent: sum(await memberColumn('absent')),
      upcomingLeave: sum(await memberColumn('upcomingLeave')),
      attendanceRate: Math.round((attended * 1000) / invited) / 10
    }).toEqual({
      leave: await shown('leave'),
      absent: await shown('absent'),
      upcomingLeave: await shown('upcomingLeave'),
      attendanceRate: await shown('attendanceRate')
    })
    expect(attended).toBeGreaterThan(0)
    expect(invited).toBe(attended + sum(await memberColumn('leave')) + sum(await memberColumn('absent')))
  })

  it('shows the target in force with its reason, the same in the settings and on 年度要求, and the start date the 组织部 sets', async () => {
    const { page, visible, actAs } = app
    // Real time again: the 组织部 sets today as the start date below.
    await setClock(app.demo.emulator.url, null)
    const settings = await gw.ok('dashboard', 'quotas.get', {}, people.orgDepartment)
    const inForce = quotaTargets(settings).collectiveStudy
    // The demo: 8 a year, monthly on, so 12 in force.
    expect(inForce).toEqual({ target: 12, reason: '每月 1 次 × 12 = 12（按月开展已开启，高于设置的全年 8 次）' })

    await actAs(people.orgDepartment.openId, '/packages/dashboard/pages/index/index?tab=quotas')
    const branch = `${visible('.ps-dashboard-quota-branch')}:has(.ps-dashboard-quota-branch-name:text-is("${BRANCH_NAME}"))`
    const study = `${branch} .ps-dashboard-quota-item:has-text("集体学习")`
    await page.waitForSelector(study)
    expect(await page.textContent(`${study} .ps-dashboard-quota-target-reason`)).toBe(`要求 ${inForce.target} 次：${inForce.reason}`)
    expect(await page.textContent(`${study} .ps-dashboard-quota-count`)).toMatch(new RegExp(` / ${inForce.target} 次`))
    // The branch held its first meeting this month: counted from the next month, and says so.
    const countFrom = (await page.textContent(`${branch} .ps-dashboard-quota-count-from`)) ?? ''
    expect(countFrom).toMatch(/^自 \d{4}年\d{1,2}月1日 起计算（支部于\d{4}年\d{1,2}月开始使用本系统（当月不计））$/)

    // The settings say the same next to the switch, and follow it as it moves.
    await page.click(visible('.ps-dashboard-quota-settings-entry'))
    await page.waitForSelector(visible('.ps-quota-settings'))
    expect(await page.textContent(visible('.ps-quota-monthly-target'))).toBe(`要求 ${inForce.target} 次：${inForce.reason}`)
    await page.click(visible('.ps-quota-monthly'))
    await page.waitForSelector(`${visible('.ps-quota-monthly-target')}:text-is("要求 8 次：全年 8 次（按月开展未开启）")`)
    expect(await page.textContent(visible('.ps-quota-countFrom'))).toBe('未设定（从各支部开始使用起）')

    // 起算日期 through the date picker: today, as the picker opens on it.
    const today = shanghaiDay(Date.now())
    await page.click(visible('.ps-quota-countFrom'))
    // Taro's H5 picker slides up its own overlay: 确定 keeps the day it opened on.
    await page.click('.weui-picker__action:text-is("确定") >> visible=true')
    const [y, m, d] = today.split('-').map(Number)
    await page.waitForSelector(`${visible('.ps-quota-countFrom')}:text-is("${y}年${m}月${d}日")`)
    await page.click(visible('.ps-quota-save'))
    await page.click(`${visible('.ps-quota-save-dialog')} .nut-dialog-footer-ok`)

    // Back on 年度要求: the new target with its reason, and the 组织部's start date with why.
    await page.waitForSelector(`${study} .ps-dashboard-quota-target-reason:text-is("要求 8 次：全年 8 次（按月开展未开启）")`)
    expect(await page.textContent(`${branch} .ps-dashboard-quota-count-from`)).toBe(`自 ${y}年${m}月${d}日 起计算（组织部设定的起算日期）`)
    expect(await page.locator(visible('.ps-dashboard-quota-behind')).count()).toBe(0)
    expect(await gw.ok('dashboard', 'quotas.get', {}, people.orgDepartment)).toMatchObject({
      collectiveStudy: { perYear: 8, monthly: false },
      countFrom: today
    })
  })
})
