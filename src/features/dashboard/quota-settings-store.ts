/**
 * Tells the dashboard it returns to that the yearly requirements changed
 * (navigateBack carries no data), so its 年度要求 reloads once.
 */
let changed = false

export function markQuotasChanged(): void {
  changed = true
}

/** True once after a save: a later visit reloads nothing. */
export function takeQuotasChanged(): boolean {
  const was = changed
  changed = false
  return was
}
