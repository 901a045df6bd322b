import type { ImportCommitResult, ImportMemberRow } from './org'
import { addImportResults, chunk, commitImportInChunks, IMPORT_COMMIT_MAX_ROWS, NOTHING_IMPORTED, type ImportCommitProgress } from './org-import'

const rows: ImportMemberRow[] = Array.from({ length: 120 }, (_, i) => ({
  row: i + 2,
  name: `同志${i}`,
  phone: `139${String(i).padStart(8, '0')}`,
  unitName: '教工第一党支部',
  groupName: null,
  type: '正式党员',
  category: '在职'
}))

/** import.commit as the server keeps it: idempotent per phone, so a chunk sent twice creates nothing twice. */
function fakeServer(failOnCall?: { call: number; afterWriting: boolean }) {
  const stored = new Set<string>()
  let calls = 0
  const commit = async (batch: ImportMemberRow[]): Promise<ImportCommitResult> => {
    calls += 1
    if (batch.length > IMPORT_COMMIT_MAX_ROWS) throw new Error('schema refuses the chunk')
    const fail = failOnCall?.call === calls
    if (fail && !failOnCall.afterWriting) throw new Error('network')
    const result = { created: 0, unchanged: 0, elsewhere: [] as number[] }
    for (const row of batch) {
      if (stored.has(row.phone)) result.unchanged += 1
      else result.created += 1
      stored.add(row.phone)
    }
    if (fail) throw new Error('the reply was lost')
    return result
  }
  return { commit, stored, calls: () => calls }
}

function run(server: ReturnType<typeof fakeServer>, from: number, before: ImportCommitResult) {
  const seen: ImportCommitProgress<string>[] = []
  const result = commitImportInChunks<string>({
    rows,
    from,
    before,
    commit: server.commit,
    onProgress: (progress) => seen.push(progress),
    toError: (cause) => (cause as Error).message
  })
  return { result, seen }
}

describe('committing a 批量导入 in chunks', () => {
  it('sends at most 50 rows per call, in order, and reports the tally after each chunk', async () => {
    const server = fakeServer()
    const { result, seen } = run(server, 0, NOTHING_IMPORTED)
    expect(await result).toEqual({ created: 120, unchanged: 0, elsewhere: [] })
    expect(server.calls()).toBe(3)
    expect(seen.map((p) => [p.done, p.created])).toEqual([
      [0, 0],
      [50, 50],
      [100, 100],
      [120, 120]
    ])
  })

  it('stops at a failed chunk and resumes there: every row in once, nothing doubled', async () => {
    const server = fakeServer({ call: 2, afterWriting: false })
    const first = run(server, 0, NOTHING_IMPORTED)
    expect(await first.result).toBeNull()
    const stopped = first.seen.at(-1)!
    expect(stopped).toMatchObject({ done: 50, created: 50, error: 'network' })

    const resumed = run(server, stopped.done, stopped)
    expect(await resumed.result).toEqual({ created: 120, unchanged: 0, elsewhere: [] })
    expect(server.stored.size).toBe(120)
  })

  it('a chunk that landed but whose reply was lost is sent again: its rows come back unchanged, not created twice', async () => {
    const server = fakeServer({ call: 1, afterWriting: true })
    const first = run(server, 0, NOTHING_IMPORTED)
    expect(await first.result).toBeNull()
    const stopped = first.seen.at(-1)!
    expect(stopped).toMatchObject({ done: 0, created: 0, error: 'the reply was lost' })

    const resumed = run(server, stopped.done, stopped)
    expect(await resumed.result).toEqual({ created: 70, unchanged: 50, elsewhere: [] })
    expect(server.stored.size).toBe(120)
  })
})

describe('the pieces', () => {
  it('adds each chunk to the tally: new, unchanged, and the rows registered elsewhere in order', () => {
    const first = { created: 3, unchanged: 1, elsewhere: [4] }
    const second = { created: 0, unchanged: 2, elsewhere: [57, 60] }
    expect(addImportResults(first, second)).toEqual({ created: 3, unchanged: 3, elsewhere: [4, 57, 60] })
    expect(first).toEqual({ created: 3, unchanged: 1, elsewhere: [4] })
  })

  it('splits into batches of at most the size, in order, and refuses a size below 1', () => {
    const numbers = Array.from({ length: 120 }, (_, i) => i)
    expect(chunk(numbers, 50).map((batch) => batch.length)).toEqual([50, 50, 20])
    expect(chunk(numbers, 50).flat()).toEqual(numbers)
    expect(chunk([], 50)).toEqual([])
    expect(() => chunk(numbers, 0)).toThrow(RangeError)
  })
})
