/**
 * The clock, injectable so tests can set the date: unit tests call setClock;
 * on the emulator a test freezes the functions' time (PUT /_emulator/clock),
 * which arrives as EMULATOR_NOW in the invocation's environment. CloudBase
 * never sets that variable, so production always reads the real time.
 */
let current: () => Date = () => {
  const frozen = process.env.EMULATOR_NOW
  return frozen ? new Date(frozen) : new Date()
}

export function now(): Date {
  return current()
}

export function setClock(clock: () => Date): void {
  current = clock
}
