/**
 * Whether CloudBase would take a timer trigger's cron as we mean it. The syntax
 * check is the emulator's own (emulator/timers/cron.ts: 7 fields, only what
 * CloudBase accepts), so local runs and the deploy agree. On top of it, the
 * deploy refuses weekday numbers: copies of the vendor's docs disagree on
 * whether 1 is Monday or Sunday, so a number could fire on the wrong day;
 * MON–SUN names mean the same everywhere (the emulator reads them too).
 */
import { parseCron } from '../../emulator/timers/cron'

const WEEKDAY_FIELD = 5

/** Problems with one cron expression, in plain words; empty when it is fine. */
export function cronProblems(expression: string): string[] {
  try {
    parseCron(expression)
  } catch (err) {
    return [(err as Error).message]
  }
  const weekday = expression.trim().split(/\s+/)[WEEKDAY_FIELD]
  // `*` and `*/n` name no particular day; any digit outside them does.
  const withoutStars = weekday.replace(/^\*(\/\d+)?$/, '')
  if (/\d/.test(withoutStars)) {
    return [`cron "${expression}" 的星期字段写成了数字 "${weekday}"：平台文档对 1 是周一还是周日说法不一，请改用 MON–SUN（如 MON）`]
  }
  return []
}
