import type { MeetingInput, ThemeDayRule } from '../../cloudfunctions/_shared/contract/meetings-api'

/** 教工第一党支部's monthly 主题党日, as its secretary would set it. */
export const DEMO_RULE: ThemeDayRule = { nth: 2, weekday: 5, time: '15:00', durationMinutes: 120, place: '党员活动室', form: '线下' }

/** A 集体学习 starting 20 minutes from `now` (whole minutes), so check-in is open at once. */
export function demoStudyMeeting(now: Date, noticeId: string | null): MeetingInput {
  const start = new Date(Math.ceil((now.getTime() + 20 * 60_000) / 60_000) * 60_000)
  return {
    type: 'collective_study',
    title: '集体学习：本期学习教育安排',
    startAt: start.toISOString(),
    endAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
    place: '党员活动室',
    form: '线上线下',
    agenda: ['学习本期材料', '围绕讨论题交流发言'],
    materials: ['本期学习教育安排所列学习材料'],
    noticeId
  }
}

/**
 * On the first start only (no rule yet): the branch secretary sets the
 * monthly rule through the meetings function and schedules a study meeting
 * that is open for check-in, so a newcomer can try the whole journey.
 */
export async function seedDemoMeetings(emulatorUrl: string, secretaryOpenId: string, noticeId: string | null): Promise<string> {
  const call = async <T>(action: string, payload: unknown): Promise<{ ok: boolean; data?: T; error?: { message: string } }> => {
    const response = await fetch(`${emulatorUrl}/gateway/functions/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-openid': secretaryOpenId },
      body: JSON.stringify({ action, payload })
    })
    return ((await response.json()) as { result: { ok: boolean; data?: T; error?: { message: string } } }).result
  }
  const existing = await call<{ rule: ThemeDayRule | null }>('rule.get', { unitId: 'u-b-staff-1' })
  if (!existing.ok) throw new Error(`读取主题党日规则失败：${existing.error?.message}`)
  if (existing.data?.rule) return '已存在'
  const rule = await call<{ generated: unknown[] }>('rule.set', { unitId: 'u-b-staff-1', rule: DEMO_RULE })
  if (!rule.ok) throw new Error(`主题党日规则写入失败：${rule.error?.message}`)
  const study = await call('meetings.create', { unitId: 'u-b-staff-1', meeting: demoStudyMeeting(new Date(), noticeId) })
  if (!study.ok) throw new Error(`演示会议写入失败：${study.error?.message}`)
  return `主题党日 ${rule.data?.generated.length ?? 0} 次 + 20 分钟后的集体学习（教工第一党支部）`
}
