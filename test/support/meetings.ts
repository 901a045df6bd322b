import type { MeetingInput } from '../../cloudfunctions/_shared/contract/meetings-api'

/** Freezes the functions' clock at `iso` (null: real time again). */
export async function setClock(baseUrl: string, iso: string | null): Promise<void> {
  const response = await fetch(`${baseUrl}/_emulator/clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now: iso })
  })
  if (!response.ok) throw new Error(`clock: ${response.status}`)
}

/** `minutes` after an instant, as ISO. */
export const after = (iso: string, minutes: number): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString()

/** A two-hour meeting starting at `startAt`. */
export function sampleMeeting(startAt: string, overrides: Partial<MeetingInput> = {}): MeetingInput {
  return {
    type: 'general_meeting',
    title: '党员大会',
    startAt,
    endAt: after(startAt, 120),
    place: '党员活动室',
    form: '线下',
    agenda: ['学习有关精神', '讨论发展党员'],
    materials: ['《中国共产党支部工作条例（试行）》'],
    ...overrides
  }
}
