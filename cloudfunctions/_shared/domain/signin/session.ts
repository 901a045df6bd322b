import { CONSOLE_IDLE_HOURS, CONSOLE_ROLES } from '../../contract/signin-api'
import type { Role } from '../../contract/org'

/**
 * The console session of one member (`consoleSessions`, id = member id):
 * opened by a scan sign-in, ended by 退出登录 or by CONSOLE_IDLE_HOURS
 * without a call. `lastSeenAt` is written at most every TOUCH_EVERY_MS, so a
 * busy console does not write on every call; the idle limit is therefore
 * exact to within that much.
 */
export interface ConsoleSessionFacts {
  active: boolean
  startedAt: Date
  lastSeenAt: Date
}

export const IDLE_MS = CONSOLE_IDLE_HOURS * 3600 * 1000
export const TOUCH_EVERY_MS = 5 * 60 * 1000

export type SessionVerdict = 'ok' | 'touch' | 'idle' | 'ended'

export function sessionVerdict(session: ConsoleSessionFacts | null, now: Date): SessionVerdict {
  if (!session || !session.active) return 'ended'
  const idle = now.getTime() - session.lastSeenAt.getTime()
  if (idle > IDLE_MS) return 'idle'
  return idle >= TOUCH_EVERY_MS ? 'touch' : 'ok'
}

/** Whether any of the member's roles may use the console (CONSOLE_ROLES). */
export function holdsConsoleRole(roles: ReadonlyArray<{ role: Role }>): boolean {
  return roles.some((grant) => CONSOLE_ROLES.includes(grant.role))
}

/** What the browser said it is, cut to what the phone shows (the platform does not tell a function the user agent). */
export function browserLabel(userAgent: string | undefined): string {
  const text = (userAgent ?? '').trim()
  if (!text) return '未知浏览器'
  const known: [RegExp, string][] = [
    [/Edg\//, 'Edge'],
    [/Chrome\//, 'Chrome'],
    [/Firefox\//, 'Firefox'],
    [/Safari\//, 'Safari']
  ]
  const os: [RegExp, string][] = [
    [/Windows/, 'Windows'],
    [/Mac OS X|Macintosh/, 'macOS'],
    [/Android/, 'Android'],
    [/iPhone|iPad/, 'iOS'],
    [/Linux/, 'Linux']
  ]
  const name = known.find(([pattern]) => pattern.test(text))?.[1]
  const system = os.find(([pattern]) => pattern.test(text))?.[1]
  if (name || system) return [name ?? '浏览器', system].filter(Boolean).join(' · ')
  return text.slice(0, 60)
}
