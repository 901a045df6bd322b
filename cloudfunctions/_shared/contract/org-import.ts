import type { ImportCommitResult, ImportMemberRow, ImportPreview } from './org'

/**
 * How a client commits a previewed 批量导入 through `import.commit`, the same
 * in the mini-program and the PC console: at most IMPORT_COMMIT_MAX_ROWS rows
 * per call (the schema refuses more, and one invocation's time limit is the
 * reason), a running tally shown after each chunk, and a stop at the first
 * failure. The server's commit is idempotent per phone, so resuming from the
 * failed chunk, or repeating one that did land, neither loses nor doubles.
 */
export const IMPORT_COMMIT_MAX_ROWS = 50

export const NOTHING_IMPORTED: ImportCommitResult = { created: 0, unchanged: 0, elsewhere: [] }

/** What an import has done so far: the chunks' results summed; `elsewhere` holds row numbers only. */
export function addImportResults(so: ImportCommitResult, chunk: ImportCommitResult): ImportCommitResult {
  return { created: so.created + chunk.created, unchanged: so.unchanged + chunk.unchanged, elsewhere: [...so.elsewhere, ...chunk.elsewhere] }
}

/** Just the tally of a step or progress that carries one (a copy, so resuming never carries its error along). */
export const importTally = (of: ImportCommitResult): ImportCommitResult => addImportResults(NOTHING_IMPORTED, of)

/** Splits `items` into consecutive batches of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1')
  const batches: T[][] = []
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size))
  return batches
}

/** Where a commit stands: rows[0..done) are in; with `error`, it stopped there and can be resumed from `done`. */
export type ImportCommitProgress<E> = { rows: ImportMemberRow[]; done: number; error?: E } & ImportCommitResult

/** 批量导入 as both clients walk it: choose → previewing → preview → committing (resumable) → finished. */
export type ImportStep<E> =
  | { name: 'choose' }
  | { name: 'previewing'; fileName: string }
  | { name: 'preview'; fileName: string; preview: ImportPreview }
  | ({ name: 'committing' } & ImportCommitProgress<E>)
  | ({ name: 'finished'; total: number } & ImportCommitResult)

export interface ImportCommitRun<E> {
  rows: ImportMemberRow[]
  /** Rows already committed (0 for a new import, `done` of the progress to resume). */
  from: number
  before: ImportCommitResult
  commit(batch: ImportMemberRow[]): Promise<ImportCommitResult>
  /** Called before the first chunk and after each one, and once with the error if a chunk fails. */
  onProgress(progress: ImportCommitProgress<E>): void
  toError(cause: unknown): E
}

/** Commits rows[from..] one chunk per call. Resolves the whole tally when every row is in, or null after a failure. */
export async function commitImportInChunks<E>(run: ImportCommitRun<E>): Promise<ImportCommitResult | null> {
  let done = run.from
  let tally = importTally(run.before)
  run.onProgress({ rows: run.rows, done, ...tally })
  for (const batch of chunk(run.rows.slice(run.from), IMPORT_COMMIT_MAX_ROWS)) {
    try {
      tally = addImportResults(tally, await run.commit(batch))
      done += batch.length
      run.onProgress({ rows: run.rows, done, ...tally })
    } catch (cause) {
      run.onProgress({ rows: run.rows, done, ...tally, error: run.toError(cause) })
      return null
    }
  }
  return tally
}
