import { readFileSync } from 'node:fs'
import { Workbook } from 'exceljs'
import type { NoticeSummary } from '../../cloudfunctions/_shared/contract/notices-api'
import { PARTICIPATION_COLUMNS } from '../../cloudfunctions/_shared/contract/dashboard-rules'
import { callAs } from '../support/gateway'
import { useH5App } from '../support/h5-app'
import { sampleDraft, shanghaiDate } from '../support/notices'
import { people } from '../support/people'

const ORG_DEPARTMENT = people.orgDepartment.openId // 信息工程学院党委 · 组织部
const SECRETARY = people.staff1Secretary.openId // 教工第一党支部 · 支部书记
const READER = people.staff1GroupMember.openId // members of 教工第一党支部: one reads and answers,
const SKIMMER = people.staff1MobileMember.openId // one only reads,
const AWAY = people.staff1Member.openId // and one does neither
const ISSUE_NO = 21
const SCOPE_LABEL = `学习教育安排 2026年第${ISSUE_NO}期`

/**
 * 数据看板 in the H5 build: the 组织部 opens it from 工作台, picks one study
 * notice (按期), sees the 党委 and its general branches, sorts, drills down
 * 教工党总支 → 教工第一党支部, finds the members by name (no ranking) and the
 * branch's time change, and exports the branch's table: the .xlsx's 合计 row
 * holds exactly the numbers on screen. The activity is seeded through the
 * gateway; the functions keep real time (no clock moved, so no clock to reset).
 */
describe('H5 app: 数据看板 journey', () => {
  jest.setTimeout(240_000)
  const app = useH5App()

  const names: Record<string, string> = {}
  let noticeId = ''

  async function call<T>(openId: string, name: string, action: string, payload: unknown): Promise<T> {
    const result = await callAs<T>(app.demo.emulator.url, openId, name, action, payload)
    if (!result.ok) throw new Error(`${action}: ${result.error.message}`)
    return result.data
  }

  beforeAll(async () => {
    const { data } = await app.demo.db
      .collection('members')
      .where({ openid: app.demo.db.command.in([READER, SKIMMER, AWAY]) })
      .get()
    for (const member of data as Array<{ openid: string; name: string }>) names[member.openid] = member.name
    // The 组织部 publishes one notice to the whole 党委; two members read it, one answers; the branch moves its study time.
    noticeId = (await call<NoticeSummary>(ORG_DEPARTMENT, 'notices', 'notices.saveDraft', { draft: sampleDraft(ISSUE_NO) })).id
    await call(ORG_DEPARTMENT, 'notices', 'notices.publish', { id: noticeId })
    await call(READER, 'notices', 'notices.read', { id: noticeId, materialIndex: 0 })
    await call(READER, 'notices', 'answers.submit', { id: noticeId, answers: ['结合教学工作，把学习成果落实到每一堂课。'] })
    await call(SKIMMER, 'notices', 'notices.read', { id: noticeId, materialIndex: 1 })
    await call(SECRETARY, 'notices', 'notices.reschedule', {
      id: noticeId,
      unitId: 'u-b-staff-1',
      startAt: new Date(`${shanghaiDate(12)}T15:00:00+08:00`).toISOString(),
      form: '线下集中学习',
      place: '行政楼 302 党员活动室'
    })
  })

  /** What the summary shows for a PARTICIPATION_COLUMNS key: a number, or null for "—". */
  async function shown(key: string): Promise<number | null> {
    const text = ((await app.page.textContent(app.visible(`.ps-dashboard-summary .ps-dashboard-total-${key}`))) ?? '').trim()
    return text === '—' ? null : Number(text)
  }

  it('shows a notice’s participation by unit, drills down to the members and exports what it shows', async () => {
    const { page, visible, actAs } = app
    const unitRow = (name: string) => `${visible('.ps-dashboard-unit-row')}:has(.ps-dashboard-unit-name:text-is("${name}"))`
    const title = visible('.ps-dashboard-unit-title')

    // 1. 工作台 → 数据看板: the 党委, this month by default.
    await actAs(ORG_DEPARTMENT, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("数据看板")`)
    await page.waitForSelector(`${title}:text-is("信息工程学院党委")`)
    expect(await page.textContent(visible('.ps-dashboard-period-choice.ps-d-chip--on'))).toBe('月')

    // 2. 按期: the notice just published is the most recent, chosen at once.
    await page.click(visible('.ps-dashboard-by-notice'))
    await page.waitForSelector(`${visible('.ps-dashboard-scope-label')}:text-is("${SCOPE_LABEL}")`)
    expect(await page.textContent(visible('.ps-dashboard-notice-choice.ps-d-chip--on'))).toBe(`2026年第${ISSUE_NO}期`)
    expect(await shown('notices')).toBe(1)
    expect(await shown('noticeAssigned')).toBeGreaterThan(3)
    // Nothing to divide by for meetings in a notice's scope.
    expect(await shown('attendanceRate')).toBeNull()

    // The 党委's general branches, as bars and as table rows.
    await page.waitForSelector(unitRow('教工党总支'))
    await page.waitForSelector(unitRow('学生党总支'))
    expect(await page.locator(visible('.ps-dashboard-bar-name')).allTextContents()).toEqual(expect.arrayContaining(['教工党总支', '学生党总支']))
    expect((await page.textContent(visible('.ps-dashboard-total-row'))) ?? '').toContain('合计：信息工程学院党委')
    // Sorted by 已学习材料 rate, high to low: only 教工党总支 has members who opened a material.
    await page.click(visible('.ps-dashboard-sort-readRate'))
    expect(await page.textContent(`${visible('.ps-dashboard-unit-row')} >> nth=0 >> .ps-dashboard-unit-name`)).toBe('教工党总支')
    expect(await page.textContent(visible('.ps-dashboard-sort-readRate'))).toContain('↓')
    // The time change reported under the 党委.
    await page.waitForSelector(`${visible('.ps-dashboard-change-unit')}:text-is("教工第一党支部")`)

    // 3. Down: 教工党总支 → 教工第一党支部, with the breadcrumb.
    await page.click(unitRow('教工党总支'))
    await page.waitForSelector(`${title}:text-is("教工党总支")`)
    await page.click(unitRow('教工第一党支部'))
    await page.waitForSelector(`${title}:text-is("教工第一党支部")`)
    expect(await page.locator(visible('.ps-dashboard-crumb')).allTextContents()).toEqual(['信息工程学院党委', '教工党总支', '教工第一党支部'])
    expect(await page.textContent(visible('.ps-dashboard-scope-label'))).toBe(SCOPE_LABEL)

    // 4. The branch's members, by name, never sortable; the reader read and answered, the one away did neither.
    await page.waitForSelector(visible('.ps-dashboard-member-row'))
    expect(await page.textContent(visible('.ps-dashboard-members-note'))).toBe('按姓名排列，不做个人排名')
    expect(await page.locator(visible('.ps-dashboard-members .ps-dashboard-sort')).count()).toBe(0)
    const listed = await page.locator(visible('.ps-dashboard-member-name')).allTextContents()
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b, 'zh-CN')))
    const member = (openId: string, column: string) =>
      page.textContent(`${visible('.ps-dashboard-member-row')}:has(.ps-dashboard-member-name:text-is("${names[openId]}")) >> .ps-dashboard-member-${column}`)
    expect([await member(READER, 'noticeRead'), await member(READER, 'noticeAnswered')]).toEqual(['1', '1'])
    expect([await member(SKIMMER, 'noticeRead'), await member(SKIMMER, 'noticeAnswered')]).toEqual(['1', '0'])
    expect([await member(AWAY, 'noticeRead'), await member(AWAY, 'noticeAnswered')]).toEqual(['0', '0'])
    // The branch's own numbers: 2 of its members read, 1 answered.
    const assigned = await shown('noticeAssigned')
    expect(assigned).toBe(listed.length)
    expect(await shown('readRate')).toBe(Math.round((2 * 1000) / (assigned ?? 0)) / 10)
    expect(await shown('answeredRate')).toBe(Math.round(1000 / (assigned ?? 0)) / 10)
    expect(await shown('scheduleChanges')).toBe(1)

    // 5. 导出 Excel of this view: its 合计 row (the third) is the screen's numbers, column for column.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(visible('.ps-dashboard-export-units'))])
    expect(download.suggestedFilename()).toBe(`教工第一党支部参与情况-${SCOPE_LABEL}.xlsx`)
    const bytes = readFileSync((await download.path())!)
    const workbook = new Workbook()
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    const sheet = workbook.getWorksheet('参与情况')!
    expect(String(sheet.getRow(1).getCell(1).value)).toBe(`教工第一党支部 · ${SCOPE_LABEL}`)
    const total = sheet.getRow(3)
    expect(total.getCell(1).value).toBe('合计：教工第一党支部')
    for (const [index, column] of PARTICIPATION_COLUMNS.entries()) {
      const cell = total.getCell(index + 2).value
      expect(`${column.label} ${cell === null || cell === undefined ? null : Number(cell)}`).toBe(`${column.label} ${await shown(column.key)}`)
    }
    expect(total.getCell(3).value).toBe(assigned)

    // 6. Back up by the breadcrumb; the 年度要求 tab lists every branch under the 党委.
    await page.click(`${visible('.ps-dashboard-crumb')}:text-is("信息工程学院党委")`)
    await page.waitForSelector(`${title}:text-is("信息工程学院党委")`)
    expect(await page.locator(visible('.ps-dashboard-crumb')).count()).toBe(1)
    await page.click(visible('.ps-dashboard-tab-quotas'))
    await page.waitForSelector(visible('.ps-dashboard-quota-branch'))
    expect(await page.locator(visible('.ps-dashboard-quota-branch-name')).allTextContents()).toEqual(
      expect.arrayContaining(['教工第一党支部', '机关直属党支部'])
    )
    expect(await page.locator(visible('.ps-dashboard-quota-settings-entry')).count()).toBe(1)
  })

  it('lets the 组织部 change the yearly requirements, and the dashboard follows', async () => {
    const { page, visible } = app
    const studyCount = `${visible('.ps-dashboard-quota-branch')}:has(.ps-dashboard-quota-branch-name:text-is("教工第一党支部")) .ps-dashboard-quota-item:has-text("集体学习") .ps-dashboard-quota-count`
    // Still on 年度要求: 集体学习 at least monthly, so 12 a year.
    expect(await page.textContent(studyCount)).toMatch(/ \/ 12 次/)

    await page.click(visible('.ps-dashboard-quota-settings-entry'))
    await page.waitForSelector(visible('.ps-quota-settings'))
    expect(await page.inputValue(visible('.ps-quota-collectiveStudy input'))).toBe('8')
    await page.fill(visible('.ps-quota-collectiveStudy input'), '10')
    await page.click(visible('.ps-quota-monthly'))
    await page.click(visible('.ps-quota-save'))
    await page.click(`${visible('.ps-quota-save-dialog')} .nut-dialog-footer-ok`)

    // Back on the dashboard, 年度要求 reloads with the new target.
    await page.waitForSelector(`${studyCount}:has-text("/ 10 次")`)
    const settings = await call<{ collectiveStudy: { perYear: number; monthly: boolean } }>(ORG_DEPARTMENT, 'dashboard', 'quotas.get', {})
    expect(settings.collectiveStudy).toEqual({ perYear: 10, monthly: false })
  })
})
