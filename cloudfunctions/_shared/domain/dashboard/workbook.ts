import type { BranchQuotas, MemberRow, ParticipationRow, TrendPoint } from '../../contract/dashboard-api'
import { PARTICIPATION_COLUMNS, percent } from '../../contract/dashboard-rules'
import { newWorkbook } from '../spreadsheet'

/**
 * The dashboard's views as .xlsx, cell for cell the numbers of the screen
 * (the same column definitions and the same rounding). Pure: rows in, bytes out.
 */
async function toBuffer(fill: (wb: Awaited<ReturnType<typeof newWorkbook>>) => void): Promise<Buffer> {
  const wb = await newWorkbook()
  wb.creator = 'party-study'
  fill(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export function participationWorkbook(title: string, unit: ParticipationRow, children: ParticipationRow[]): Promise<Buffer> {
  return toBuffer((wb) => {
    const sheet = wb.addWorksheet('参与情况')
    sheet.addRow([title])
    sheet.addRow(['组织', ...PARTICIPATION_COLUMNS.map((c) => c.label)])
    sheet.addRow([`合计：${unit.unitName}`, ...PARTICIPATION_COLUMNS.map((c) => c.value(unit))])
    for (const row of children) sheet.addRow([row.unitName, ...PARTICIPATION_COLUMNS.map((c) => c.value(row))])
    sheet.getColumn(1).width = 24
  })
}

export function memberWorkbook(title: string, notices: number, members: MemberRow[]): Promise<Buffer> {
  return toBuffer((wb) => {
    const sheet = wb.addWorksheet('党员明细')
    sheet.addRow([title])
    sheet.addRow(['姓名', `已学习材料（共 ${notices} 期）`, '已提交讨论', '出席', '迟到', '请假', '缺席', '已补学', '即将召开·已请假'])
    for (const m of members) sheet.addRow([m.name, m.noticeRead, m.noticeAnswered, m.present, m.late, m.leave, m.absent, m.madeUp, m.upcomingLeave])
    sheet.getColumn(1).width = 14
  })
}

export function quotaWorkbook(title: string, branches: BranchQuotas[]): Promise<Buffer> {
  return toBuffer((wb) => {
    const sheet = wb.addWorksheet('年度要求')
    sheet.addRow([title])
    sheet.addRow(['党支部', '项目', '已开展', '按进度应开展', '全年要求', '要求依据', '完成率 %', '状态', '说明', '起算日期'])
    for (const b of branches)
      for (const i of b.items)
        sheet.addRow([
          b.unitName,
          i.label,
          i.done,
          i.expectedByNow,
          i.target,
          i.targetReason,
          percent(i.done, i.target),
          i.behind ? '落后' : '正常',
          i.detail ?? '',
          `${b.countFrom}（${b.countFromReason}）`
        ])
    sheet.getColumn(1).width = 24
  })
}

export function trendWorkbook(title: string, points: TrendPoint[]): Promise<Buffer> {
  return toBuffer((wb) => {
    const sheet = wb.addWorksheet('全年趋势')
    sheet.addRow([title])
    sheet.addRow(['月份', '应学（人次）', '已学习材料率 %', '已提交讨论率 %', '应到（人次）', '出席率 %'])
    for (const p of points)
      sheet.addRow([
        p.month,
        p.noticeAssigned,
        percent(p.noticeRead, p.noticeAssigned),
        percent(p.noticeAnswered, p.noticeAssigned),
        p.meetingInvited,
        percent(p.attended, p.meetingInvited)
      ])
  })
}
