/**
 * The functions' clock, settable by tests (`PUT /_emulator/clock`): time
 * rules (check-in windows, deadlines, "tomorrow") are tested at chosen
 * instants without waiting. When set, every invocation gets EMULATOR_NOW and
 * the functions' `now()` returns that instant; the emulator's own clock (and
 * the browser's) keeps real time.
 */
export const CLOCK_ENV = 'EMULATOR_NOW'

export class FunctionClock {
  private frozenAt: Date | null = null

  set(now: Date | null): void {
    this.frozenAt = now
  }

  get(): Date | null {
    return this.frozenAt
  }

  /** Variables for one invocation: none on real time. */
  env(): Record<string, string> {
    return this.frozenAt ? { [CLOCK_ENV]: this.frozenAt.toISOString() } : {}
  }
}
