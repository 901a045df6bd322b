import { browserLabel, holdsConsoleRole, IDLE_MS, sessionVerdict, TOUCH_EVERY_MS } from './session'

const T0 = new Date('2026-06-01T01:00:00Z')
const later = (ms: number) => new Date(T0.getTime() + ms)

describe('console sessions', () => {
  it('are ended without a record, after sign-out, and after 8 idle hours', () => {
    expect(sessionVerdict(null, T0)).toBe('ended')
    expect(sessionVerdict({ active: false, startedAt: T0, lastSeenAt: T0 }, T0)).toBe('ended')
    const open = { active: true, startedAt: T0, lastSeenAt: T0 }
    expect(sessionVerdict(open, later(IDLE_MS))).toBe('touch')
    expect(sessionVerdict(open, later(IDLE_MS + 1))).toBe('idle')
  })

  it('write lastSeenAt at most every 5 minutes', () => {
    const open = { active: true, startedAt: T0, lastSeenAt: T0 }
    expect(sessionVerdict(open, later(TOUCH_EVERY_MS - 1))).toBe('ok')
    expect(sessionVerdict(open, later(TOUCH_EVERY_MS))).toBe('touch')
  })

  it('admit the 组织部, secretaries and the branch committee, not plain members or the 积分记录员', () => {
    for (const role of ['org_department', 'general_branch_secretary', 'branch_secretary', 'organizer', 'branch_committee'] as const) {
      expect(holdsConsoleRole([{ role }])).toBe(true)
    }
    expect(holdsConsoleRole([{ role: 'member' }, { role: 'points_recorder' }])).toBe(false)
    expect(holdsConsoleRole([])).toBe(false)
  })

  it('name the browser as it described itself, briefly', () => {
    expect(browserLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 Edg/120.0')).toBe('Edge · Windows')
    expect(browserLabel('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15')).toBe('Safari · macOS')
    expect(browserLabel(undefined)).toBe('未知浏览器')
    expect(browserLabel('curl/8.0')).toBe('curl/8.0')
  })
})
