/** The clock, injectable so tests can set the date. */
let current: () => Date = () => new Date()

export function now(): Date {
  return current()
}

export function setClock(clock: () => Date): void {
  current = clock
}
