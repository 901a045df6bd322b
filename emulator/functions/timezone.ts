/**
 * CloudBase runs functions in UTC, and so must the emulator, or date rules
 * ("today", check-in windows) pass locally and fail in production.
 *
 * A worker thread cannot have its own timezone: ICU's is process-wide, and a
 * `TZ` in a worker's env changes its `process.env`, not its clock. So the
 * emulator's entry point sets the process's timezone once, before anything
 * runs (`startEmulator`), instead of the host doing it behind its callers' back.
 */
export const FUNCTION_TIMEZONE = 'UTC'

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu', 'Etc/GMT', 'GMT'])

/** Puts this process, and the function instances it starts later, in UTC. */
export function useFunctionTimezone(): void {
  // Node resets its timezone when TZ is assigned on the main thread; workers started later follow it.
  if (process.env.TZ !== FUNCTION_TIMEZONE) process.env.TZ = FUNCTION_TIMEZONE
}

/** Whether functions started now would see UTC (also true on a machine set to UTC with no TZ). */
export function runsInFunctionTimezone(): boolean {
  return UTC_NAMES.has(Intl.DateTimeFormat().resolvedOptions().timeZone)
}
