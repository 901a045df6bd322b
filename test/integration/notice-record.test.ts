import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { startDemoEmulator } from '../support/demo'
import { gateway, type ActionOf, type Caller, type Gateway, type PayloadOf, type ResultOf } from '../support/gateway'
import { after, setClock } from '../support/meetings'
import { sampleDraft, shanghaiDate } from '../support/notices'
import { people } from '../support/people'
import { settleCounts } from '../support/recount'

/** The label | value pairs of a generated .docx (mammoth's raw text: one paragraph, one table cell, per block). */
async function docxText(base64: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(base64, 'base64') })).value
}
function docxValue(text: string, label: string): string | undefined {
  const blocks = text.split(/\n+/).map((line) => line.trim())
  const at = blocks.indexOf(label)
  return at >= 0 ? blocks[at + 1] : undefined
}
async function xlsxRows(base64: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  const bytes = Buffer.from(base64, 'base64')
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  const rows: string[][] = []
  wb.worksheets.forEach((sheet) => sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))))))
  return rows
}
const xlsxValue = (rows: string[][], label: string): string | undefined => rows.find((row) => row[0] === label)?.[1]

/** The labels a meeting's record and the study record of the notice it covers share. */
const SHARED = ['时间', '地点', '方式', '主持人', '应到', '出席', '迟到', '请假', '缺席', '已补学']

/**
 * Issue 13 item 2: a branch holds the study as a 集体学习 linked to the notice,
 * on another day and in another place than the notice's schedule; the
 * notice's study record (screen, .docx, .xlsx) says what the meeting's record
 * says — present, on leave with its reason, 补学 done — and never counts
 * answers as attendance.
 */
describe('the notice record equals the linked meeting', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const secretary = people.staff1Secretary // 教工第一党支部
  const attendees = [people.staff1GroupMember, people.staff1MobileMember]
  const answeredOnly = people.staff1Organizer // answers, does not attend
  // On leave (approved before), then 补学 after the end: both lines carry a name on either record.
  const onLeave = people.staff1Member
  const clock = (iso: string | null) => setClock(demo.emulator.url, iso)
  const notices = <A extends ActionOf<'notices'>>(as: Caller, action: A, payload: PayloadOf<'notices', A>): Promise<ResultOf<'notices', A>> =>
    gw.ok('notices', action, payload, as)
  const meetings = <A extends ActionOf<'meetings'>>(as: Caller, action: A, payload: PayloadOf<'meetings', A>): Promise<ResultOf<'meetings', A>> =>
    gw.ok('meetings', action, payload, as)
  // The notice's schedule says 10 days from now; the branch studies in 2 days, 15:08 in 党员活动室.
  const startAt = new Date(`${shanghaiDate(2)}T15:08:00+08:00`).toISOString()
  const endAt = new Date(`${shanghaiDate(2)}T16:00:00+08:00`).toISOString()
  let noticeId = ''
  let meetingId = ''

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    noticeId = (await notices(people.orgDepartment, 'notices.saveDraft', { draft: sampleDraft(21, 10) })).id
    await notices(people.orgDepartment, 'notices.publish', { id: noticeId })
    meetingId = (
      await meetings(secretary, 'meetings.create', {
        unitId: 'u-b-staff-1',
        meeting: {
          type: 'collective_study',
          title: '集中学习本期学习安排',
          startAt,
          endAt,
          place: '党员活动室',
          form: '线下',
          agenda: ['学习材料', '交流讨论'],
          noticeId,
          materials: ['《习近平新时代中国特色社会主义思想三十讲》第十九讲、第二十讲']
        }
      })
    ).id
    await meetings(onLeave, 'leave.request', { id: meetingId, reason: '赴外地参加教学研讨会' })
    await meetings(secretary, 'leave.decide', { id: meetingId, memberId: onLeave.memberId, decision: 'approved' })
    await clock(after(startAt, -10))
    const code = await meetings(secretary, 'checkin.code', { id: meetingId })
    for (const person of attendees) await meetings(person, 'checkin.scan', { token: code.token })
    await notices(answeredOnly, 'answers.submit', { id: noticeId, answers: ['立足岗位，比学赶超。'] })
    await clock(after(endAt, 5))
    await meetings(secretary, 'minutes.save', { id: meetingId, content: '传达学习本期材料。\n大家结合岗位交流体会。', resolutions: ['每人撰写一篇学习体会'] })
    await meetings(onLeave, 'makeup.submit', { id: meetingId, reflection: '会后学习了本次集体学习的材料和会议记录，结合岗位谈了体会。' })
    await settleCounts(demo.emulator.url, demo.db)
  })
  afterAll(async () => {
    await clock(null)
    await demo.close()
  })

  it('shows the meeting’s time, place, form, attendance and minutes on the record screen', async () => {
    const record = await notices(secretary, 'records.get', { id: noticeId, unitId: 'u-b-staff-1' })
    expect(record.held).toBe(true)
    expect(record.sessions).toHaveLength(1)
    const rows = new Map(record.sessions[0].rows)
    const [year, month, day] = shanghaiDate(2).split('-').map(Number)
    expect(rows.get('时间')).toBe(`${year}年${month}月${day}日 15:08 – 16:00`)
    expect(rows.get('地点')).toBe('党员活动室')
    expect(rows.get('方式')).toBe('线下')
    expect(rows.get('应到')).toMatch(/；出席 2 人，迟到 0 人，请假 1 人，缺席 \d+ 人，已补学 1 人$/)
    expect(rows.get('请假')).toBe(`${onLeave.name}（赴外地参加教学研讨会）`)
    expect(rows.get('已补学')).toBe(onLeave.name)
    const list = await meetings(secretary, 'attendance.list', { id: meetingId })
    const present = list.members.filter((m) => m.status === 'present').map((m) => m.name)
    expect(present).toHaveLength(2)
    expect(rows.get('出席')).toBe(present.join('、'))
    expect(rows.get('缺席')).toContain(answeredOnly.name) // answered, not present: absent, whatever the answers say
    expect(record.sessions[0].minutes).toEqual(['传达学习本期材料。', '大家结合岗位交流体会。'])
    expect(record.sessions[0].resolutions).toEqual(['每人撰写一篇学习体会'])
    expect(new Map(record.rows).get('学习讨论')).toBe(`应提交 ${list.counters.invited} 人，已提交 1 人（书面学习讨论，不计作出席）`)
  })

  it('exports a .docx and an .xlsx that agree with the meeting’s .docx on every shared fact', async () => {
    const meetingDocx = await docxText((await meetings(secretary, 'meetings.export', { id: meetingId })).base64)
    const noticeDocx = await docxText((await notices(secretary, 'records.export', { id: noticeId, unitId: 'u-b-staff-1' })).base64)
    const xlsx = await notices(secretary, 'records.export', { id: noticeId, unitId: 'u-b-staff-1', format: 'xlsx' })
    expect(xlsx.fileName).toMatch(/教工第一党支部学习教育记录.*\.xlsx$/)
    const noticeXlsx = await xlsxRows(xlsx.base64)
    for (const label of SHARED) {
      const fact = docxValue(meetingDocx, label)
      expect({ label, value: fact }).toEqual({ label, value: expect.any(String) })
      // Every shared line has something to agree on (no "无" that two empty lines would share by accident).
      if (label !== '迟到') expect({ label, value: fact }).not.toEqual({ label, value: '无' })
      expect({ label, value: docxValue(noticeDocx, label) }).toEqual({ label, value: fact })
      expect({ label, value: xlsxValue(noticeXlsx, label) }).toEqual({ label, value: fact })
    }
    for (const line of ['传达学习本期材料。', '大家结合岗位交流体会。', '1. 每人撰写一篇学习体会']) {
      expect(meetingDocx).toContain(line)
      expect(noticeDocx).toContain(line)
    }
    expect(xlsxValue(noticeXlsx, '会议内容')).toBe('传达学习本期材料。\n大家结合岗位交流体会。')
    expect(xlsxValue(noticeXlsx, '决议事项')).toBe('1. 每人撰写一篇学习体会')
    // No default printed as fact, no answers counted as attendance.
    for (const text of [noticeDocx, JSON.stringify(noticeXlsx)]) {
      expect(text).not.toContain('按支部安排')
      expect(text).not.toContain('提交学习讨论 1 人')
      expect(text).not.toContain('14:00')
    }
  })

  it('says plainly what is unknown for a branch that held no linked meeting', async () => {
    const record = await notices(people.staff2Secretary, 'records.get', { id: noticeId, unitId: 'u-b-staff-2' })
    expect(record.held).toBe(false)
    const rows = new Map(record.rows)
    expect(rows.get('时间')).toMatch(/^未登记学习时间/)
    expect(rows.get('地点')).toBe('未登记学习地点')
    expect(rows.get('出席情况')).toMatch(/^未登记/)
    const text = await docxText((await notices(people.staff2Secretary, 'records.export', { id: noticeId, unitId: 'u-b-staff-2' })).base64)
    expect(text).toContain('未登记学习时间')
    expect(text).not.toContain('党员活动室') // another branch's meeting is not this branch's record
  })

  it('refuses another branch’s secretary and a plain member, revealing nothing of the record', async () => {
    for (const [as, action] of [
      [people.staff2Secretary, 'records.get'],
      [people.staff2Secretary, 'records.export'],
      [people.staff1Member, 'records.get'],
      [people.staff1Member, 'records.export']
    ] as const) {
      const result = await gw.call('notices', action, { id: noticeId, unitId: 'u-b-staff-1' }, as)
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      const message = JSON.stringify(result)
      for (const secret of ['党员活动室', '15:08', '传达学习', '赴外地', onLeave.name, ...attendees.map((p) => p.name)]) expect(message).not.toContain(secret)
    }
  })
})
