import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import type { MeetingSummary, CheckinCode, AttendeeView } from '../../cloudfunctions/_shared/contract/meetings-api'
import type { NoticeSummary } from '../../cloudfunctions/_shared/contract/notices-api'
import { callAs } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { sampleDraft, shanghaiDate } from '../support/notices'
import { setClock as setFunctionsClock } from '../support/meetings'
import { people } from '../support/people'

const SECRETARY = people.staff1Secretary.openId // 教工第一党支部 · 支部书记
const ATTENDEES = [people.staff1GroupMember, people.staff1MobileMember, people.staff1Member]
const ANSWERS_ONLY = people.staff1Organizer // writes the discussion, does not come
const BRANCH_ID = 'u-b-staff-1'
const MINUTE = 60_000

/**
 * Issue 13 item 2, replayed in the H5 build: the notice says the study is in
 * 10 days; the branch holds it as a linked 集体学习 in 2 days at 15:08 in
 * 党员活动室, 3 members check in, one more member only submits the
 * discussion; the secretary saves the minutes, then opens the notice's
 * 学习教育记录: the screen and the exported .docx and .xlsx show the
 * meeting's time, place, form, attendance and minutes, and no default time
 * nor answers counted as attendance.
 */
describe('H5 app: the notice record shows the linked meeting', () => {
  jest.setTimeout(240_000)
  afterAll(async () => {
    if (app.demo) await setClock(null)
  })
  const app = useH5App()

  const setClock = (now: string | null): Promise<void> => setFunctionsClock(app.demo.emulator.url, now)
  async function ok<T>(openId: string, fn: string, action: string, payload: unknown): Promise<T> {
    const result = await callAs<T>(app.demo.emulator.url, openId, fn, action, payload)
    if (!result.ok) throw new Error(`${fn}/${action}: ${result.error.code} ${result.error.message}`)
    return result.data
  }

  const startAt = new Date(`${shanghaiDate(2)}T15:08:00+08:00`).toISOString()
  const endAt = new Date(`${shanghaiDate(2)}T16:00:00+08:00`).toISOString()

  it('opens and exports the notice record with the meeting’s facts', async () => {
    const { page, visible, actAs } = app

    // The 组织部 publishes a notice scheduled 10 days ahead.
    const notice = await ok<NoticeSummary>(people.orgDepartment.openId, 'notices', 'notices.saveDraft', { draft: sampleDraft(22, 10) })
    await ok(people.orgDepartment.openId, 'notices', 'notices.publish', { id: notice.id })
    // The secretary plans the 集体学习 for this notice, on another day, in another place.
    const meeting = await ok<MeetingSummary>(SECRETARY, 'meetings', 'meetings.create', {
      unitId: BRANCH_ID,
      meeting: {
        type: 'collective_study',
        title: '集中学习本期学习安排',
        startAt,
        endAt,
        place: '党员活动室',
        form: '线下',
        agenda: ['学习材料', '交流讨论'],
        noticeId: notice.id,
        materials: ['《习近平新时代中国特色社会主义思想三十讲》第十九讲、第二十讲']
      }
    })

    // Ten minutes before: three members scan the code; one member only writes the discussion.
    await setClock(new Date(Date.parse(startAt) - 10 * MINUTE).toISOString())
    const code = await ok<CheckinCode>(SECRETARY, 'meetings', 'checkin.code', { id: meeting.id })
    for (const person of ATTENDEES) await ok(person.openId, 'meetings', 'checkin.scan', { token: code.token })
    await ok(ANSWERS_ONLY.openId, 'notices', 'answers.submit', { id: notice.id, answers: ['立足岗位，比学赶超。'] })

    // After the end: the secretary saves the minutes on 考勤与记录 (attendance becomes final).
    await setClock(new Date(Date.parse(endAt) + 10 * MINUTE).toISOString())
    await actAs(SECRETARY, `/packages/meetings/pages/record/index?id=${encodeURIComponent(meeting.id)}`)
    await page.waitForSelector(visible('.ps-minutes'))
    const content = `传达学习本期学习安排，大家结合岗位交流体会。${Date.now()}`
    await page.fill(visible('.ps-minutes-content textarea'), content)
    await page.click(visible('.ps-minutes-save'))
    await page.waitForSelector(`${visible('.ps-minutes-recorded')}:has-text("记录已完成")`)
    const attendance = await ok<{ members: AttendeeView[] }>(SECRETARY, 'meetings', 'attendance.list', { id: meeting.id })
    const present = attendance.members.filter((m) => m.status === 'present').map((m) => m.name)
    expect(present).toHaveLength(3)

    // The notice's page for the branch: the record shows the meeting.
    await actAs(SECRETARY, `/packages/notices/pages/branch/index?id=${encodeURIComponent(notice.id)}&unitId=${BRANCH_ID}`)
    const card = visible('.ps-notice-record')
    await page.waitForSelector(`${card} .ps-record-session`)
    const shown = (await page.textContent(card)) ?? ''
    const [year, month, day] = shanghaiDate(2).split('-').map(Number)
    const time = `${year}年${month}月${day}日 15:08 – 16:00`
    for (const fact of [time, '党员活动室', '线下', present.join('、'), content, '集体学习：集中学习本期学习安排']) expect(shown).toContain(fact)
    expect(shown).toContain('出席 3 人')
    expect(shown).not.toContain('按支部安排')
    expect(shown).not.toContain('提交学习讨论 1 人')

    // The exports say the same.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.click(`${card} .ps-record-export`)])
    expect(docx.suggestedFilename()).toMatch(/教工第一党支部学习教育记录.*\.docx$/)
    const { value } = await mammoth.extractRawText({ buffer: readFileSync((await docx.path())!) })
    for (const fact of [time, '党员活动室', present.join('、'), content]) expect(value).toContain(fact)
    expect(value).not.toContain('14:00')
    expect(value).not.toContain('提交学习讨论 1 人')

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click(`${card} .ps-record-export-xlsx`)])
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile((await xlsx.path())!)
    const cells: string[] = []
    wb.worksheets.forEach((sheet) => sheet.eachRow((row) => cells.push(...(row.values as unknown[]).slice(1).map(String))))
    for (const fact of [time, '党员活动室', present.join('、'), content]) expect(cells).toContain(fact)

    // A branch that held no linked meeting: its record says what is not recorded, never the plan as fact nor another branch's meeting.
    await actAs(people.staff2Secretary.openId, `/packages/notices/pages/branch/index?id=${encodeURIComponent(notice.id)}&unitId=u-b-staff-2`)
    await page.waitForSelector(`${card}:has-text("未登记学习时间")`)
    const unknown = (await page.textContent(card)) ?? ''
    for (const plain of ['未登记学习地点', '未登记学习方式', '不计作出席']) expect(unknown).toContain(plain)
    for (const other of ['党员活动室', time, content, '按支部安排']) expect(unknown).not.toContain(other)
    expect(await page.locator(`${card} .ps-record-session`).count()).toBe(0)
  })
})
