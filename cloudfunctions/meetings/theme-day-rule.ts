import type { MeetingInput, MeetingSummary, ThemeDayRule } from '../_shared/contract/meetings-api'
import { meetingsByIds } from '../_shared/data/meetings/meetings-by-ids'
import { loadThemeDayRule, saveThemeDayRule } from '../_shared/data/meetings/theme-day-rules'
import { localYear, themeDayMeetingId, themeDaysOfYear } from '../_shared/domain/meetings/theme-day'
import { hasStarted } from '../_shared/domain/meetings/window'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { runnableUnit } from './guards'
import { meetingDoc } from './meeting-doc'
import { summary } from './present'
import { writeMeeting } from './write-meeting'

const THEME_DAY_AGENDA = ['重温入党誓词', '集中学习研讨', '开展主题活动']

export async function getRule(caller: Caller, unitId: string): Promise<{ rule: ThemeDayRule | null }> {
  await runnableUnit(caller, unitId)
  return { rule: await loadThemeDayRule(unitId) }
}

/**
 * Saves the branch's 主题党日 rule and generates this year's remaining days
 * from it. A day already edited by hand or already started is kept; saving
 * the same rule twice changes nothing.
 */
export async function setRule(
  caller: Caller,
  payload: { unitId: string; rule: ThemeDayRule }
): Promise<{ rule: ThemeDayRule; generated: MeetingSummary[]; kept: number }> {
  const unit = await runnableUnit(caller, payload.unitId)
  if (unit.type !== 'branch') throw new AppFailure(AppErrorCode.INVALID_INPUT, '主题党日规则按党支部设置')
  const at = now()
  await saveThemeDayRule(unit._id, payload.rule, at, caller.memberId)
  const days = themeDaysOfYear(payload.rule, localYear(at), at)
  const ids = days.map((day) => themeDayMeetingId(unit._id, day.year, day.month))
  const existing = await meetingsByIds(ids)
  const generated: MeetingSummary[] = []
  let kept = 0
  const host = { hostId: caller.memberId, hostName: caller.name }
  for (const [index, day] of days.entries()) {
    const previous = existing.get(ids[index]) ?? null
    if (previous && (!previous.fromRule || hasStarted(at, previous))) {
      kept += 1
      continue
    }
    const input: MeetingInput = {
      type: 'theme_day',
      title: `${day.month}月主题党日`,
      startAt: day.startAt.toISOString(),
      endAt: day.endAt.toISOString(),
      place: payload.rule.place,
      form: payload.rule.form,
      agenda: previous?.agenda ?? THEME_DAY_AGENDA,
      materials: previous?.materials ?? []
    }
    const doc = meetingDoc(
      ids[index],
      unit,
      input,
      previous?.hostId ? { hostId: previous.hostId, hostName: previous.hostName ?? caller.name } : host,
      caller,
      previous,
      true
    )
    await writeMeeting(doc, unit)
    generated.push(summary(doc))
  }
  return { rule: payload.rule, generated, kept }
}
