import { checkinPhase, checkinWindow, hasEnded, hasStarted } from './window'

describe('check-in window', () => {
  const meeting = { startAt: new Date('2026-12-11T07:00:00Z'), endAt: new Date('2026-12-11T09:00:00Z') }
  const at = (iso: string): Date => new Date(iso)

  it('opens 30 minutes before the start and closes at the end by default', () => {
    expect(checkinWindow(meeting)).toEqual({ opensAt: at('2026-12-11T06:30:00Z'), closesAt: at('2026-12-11T09:00:00Z') })
    expect(checkinPhase(at('2026-12-11T06:29:59Z'), meeting)).toBe('not_open')
    expect(checkinPhase(at('2026-12-11T06:30:00Z'), meeting)).toBe('on_time')
    expect(checkinPhase(at('2026-12-11T07:00:00Z'), meeting)).toBe('on_time')
    expect(checkinPhase(at('2026-12-11T07:00:01Z'), meeting)).toBe('late')
    expect(checkinPhase(at('2026-12-11T09:00:00Z'), meeting)).toBe('late')
    expect(checkinPhase(at('2026-12-11T09:00:01Z'), meeting)).toBe('closed')
  })

  it('takes the meeting’s own window when set', () => {
    const custom = { ...meeting, checkinOpensMinutesBefore: 60, checkinClosesMinutesAfter: 15 }
    expect(checkinPhase(at('2026-12-11T06:00:00Z'), custom)).toBe('on_time')
    expect(checkinPhase(at('2026-12-11T09:10:00Z'), custom)).toBe('late')
    expect(checkinPhase(at('2026-12-11T09:15:01Z'), custom)).toBe('closed')
  })

  it('knows started and ended', () => {
    expect(hasStarted(at('2026-12-11T06:59:59Z'), meeting)).toBe(false)
    expect(hasStarted(at('2026-12-11T07:00:00Z'), meeting)).toBe(true)
    expect(hasEnded(at('2026-12-11T09:00:00Z'), meeting)).toBe(true)
  })
})
