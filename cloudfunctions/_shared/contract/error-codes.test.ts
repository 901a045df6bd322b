import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { AppErrorCode } from '../runtime/errors'
import {
  COMMON_ERROR_CODES,
  DASHBOARD_ERROR_CODES,
  ERROR_CODES,
  FEEDBACK_ERROR_CODES,
  MEETINGS_ERROR_CODES,
  NOTICES_ERROR_CODES,
  ORG_ERROR_CODES,
  SIGNIN_ERROR_CODES,
  isErrorCode
} from './error-codes'

/**
 * The server throws codes as string literals in many files; this reads them
 * all, so a new code cannot reach the wire without a place in the contract
 * (where the mini-program's comparisons are type-checked against it).
 */
const FUNCTIONS_ROOT = join(__dirname, '..', '..')

/** What each function folder may throw besides the common codes; _shared may throw any listed code. */
const FEATURE_CODES: Record<string, readonly string[]> = {
  org: ORG_ERROR_CODES,
  meetings: MEETINGS_ERROR_CODES,
  notices: NOTICES_ERROR_CODES,
  dashboard: DASHBOARD_ERROR_CODES,
  me: [],
  feedback: FEEDBACK_ERROR_CODES,
  signin: SIGNIN_ERROR_CODES
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path)
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : []
  })
}

interface Thrown {
  file: string
  code: string
}

/** `const NAME = 'CODE'` or `const NAME: SomeCode = 'CODE'`, anywhere in the functions. */
function namedCodes(sources: Map<string, string>): Map<string, string> {
  const names = new Map<string, string>()
  for (const text of sources.values()) {
    for (const match of text.matchAll(/const ([A-Z][A-Z_]+)(?::\s*\w+)?\s*=\s*'([A-Z][A-Z_]+)'/g)) names.set(match[1], match[2])
  }
  return names
}

/**
 * Every `new AppFailure(<code>`, and `super('<code>'` in a class that extends
 * AppFailure. A code read off a value (`refusal.code`) is covered by the
 * `code: 'CODE'` members (and `code: 'A' | 'B'` types) that value is built
 * from, collected from every file. Any other argument is reported, never skipped.
 */
function thrownCodes(sources: Map<string, string>): { thrown: Thrown[]; unreadable: string[] } {
  const names = namedCodes(sources)
  const thrown: Thrown[] = []
  const unreadable: string[] = []
  for (const [file, text] of sources) {
    for (const match of text.matchAll(/new AppFailure\(\s*([^,)]+)/g)) {
      const argument = match[1].trim()
      const code = /^'([A-Z_]+)'$/.exec(argument)?.[1] ?? /^AppErrorCode\.([A-Z_]+)$/.exec(argument)?.[1] ?? names.get(argument)
      if (code) thrown.push({ file, code })
      else if (!/^\w+\.code$/.test(argument)) unreadable.push(`${file}: new AppFailure(${argument}`)
    }
    for (const match of text.matchAll(/\bcode\??:\s*('[A-Z_]+'(?:\s*\|\s*'[A-Z_]+')*)/g)) {
      for (const literal of match[1].matchAll(/'([A-Z_]+)'/g)) thrown.push({ file, code: literal[1] })
    }
    if (/extends AppFailure\b/.test(text)) {
      for (const match of text.matchAll(/super\(\s*'([A-Z_]+)'/g)) thrown.push({ file, code: match[1] })
    }
  }
  return { thrown, unreadable }
}

const sources = new Map(sourceFiles(FUNCTIONS_ROOT).map((path) => [relative(FUNCTIONS_ROOT, path).split(sep).join('/'), readFileSync(path, 'utf8')]))
const { thrown, unreadable } = thrownCodes(sources)

describe('error codes in the contract', () => {
  it('finds the codes the functions throw (the scan itself works)', () => {
    expect(thrown.length).toBeGreaterThan(40)
    expect(thrown.map((t) => t.code)).toEqual(
      expect.arrayContaining(['INVITE_REVOKED', 'IMPORT_BUSY', 'CONFIG_MISSING', 'BUSY', 'REMINDED_TODAY', 'FORBIDDEN'])
    )
  })

  it('reads every AppFailure code (a computed code must be a named constant the test can resolve)', () => {
    expect(unreadable).toEqual([])
  })

  it('lists every thrown code, in the feature of the function that throws it', () => {
    const outside = thrown.filter(({ file, code }) => {
      const folder = file.split('/')[0]
      if (folder === '_shared') return !isErrorCode(code)
      const allowed: readonly string[] = [...COMMON_ERROR_CODES, ...(FEATURE_CODES[folder] ?? [])]
      return !allowed.includes(code)
    })
    expect(outside).toEqual([])
  })

  it('covers the runtime AppErrorCode constants as common codes', () => {
    expect(Object.values(AppErrorCode).filter((code) => !(COMMON_ERROR_CODES as readonly string[]).includes(code))).toEqual([])
  })

  it('keeps each code in one list only', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length)
  })
})
