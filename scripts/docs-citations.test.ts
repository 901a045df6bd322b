import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The docs cite only what is in the repo: every path written in backticks in
 * README.md and docs/*.md (`emulator/functions/host.ts`, `_shared/data/`…)
 * names a file or folder that exists. A path may be written from the root or
 * from one of the folders people cite from (cloudfunctions/, _shared/, src/…);
 * placeholders (`<feature>`), globs and URLs are not paths.
 */
const ROOT = path.resolve(__dirname, '..')
const BASES = ['', 'cloudfunctions', 'cloudfunctions/_shared', 'src', 'emulator', 'scripts', 'test', 'docs']
const DOCS = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
]

/** A backticked token that reads as a path in this repo: a folder/file with a slash, or a file name with a known extension. */
function citedPaths(markdown: string): string[] {
  const tokens = [...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1])
  return tokens.filter(
    (t) =>
      /^[\w.@-]+(\/[\w.@-]*)+$/.test(t) &&
      !t.startsWith('http') &&
      !t.startsWith('@') &&
      !t.startsWith('node_modules') &&
      /\.(ts|tsx|cjs|mjs|js|json|md)$|\/$/.test(t)
  )
}

const exists = (cited: string): boolean => BASES.some((base) => existsSync(path.join(ROOT, base, cited)))

describe('docs cite only files in the repo', () => {
  test.each(DOCS)('%s', (doc) => {
    const missing = citedPaths(readFileSync(path.join(ROOT, doc), 'utf8')).filter((cited) => !exists(cited))
    expect(missing).toEqual([])
  })

  test('the README layout lists every top-level folder', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const layout = readme.slice(readme.indexOf('## Layout'))
    const folders = readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== '.git')
      .map((d) => d.name)
    expect(folders.filter((name) => !layout.includes(`${name}/`))).toEqual([])
  })
})
