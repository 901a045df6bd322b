/** Rows per import.commit call, as the mini-program sends them: small enough for one invocation's time limit. */
export const IMPORT_CHUNK_ROWS = 50

/** Splits `items` into consecutive batches of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1')
  const batches: T[][] = []
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size))
  return batches
}
