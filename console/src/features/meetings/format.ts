import type { MeetingCounters } from '@contract/meetings-api'

/** 14:00–15:30 on the same day, or both ends in full; Shanghai wall time whatever the PC's zone. */
export function meetingTime(startAt: string, endAt: string, format: (iso: string) => string): string {
  const start = format(startAt)
  const end = format(endAt)
  return start.slice(0, 10) === end.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start} 至 ${end}`
}

/** 出席 8 · 迟到 1 · 请假 1 · 缺席 0 · 补学 0 / 应到 10: what happened, never a ranking. */
export function countersText(counters: MeetingCounters | undefined): string {
  if (!counters) return '—'
  return `应到 ${counters.invited} · 出席 ${counters.present} · 迟到 ${counters.late} · 请假 ${counters.leave} · 缺席 ${counters.absent} · 补学 ${counters.madeUp}`
}
