import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The docs cite only what is in the repo: every path written in backticks in
 * README.md and docs/*.md (`emulator/functions/host.ts`, `_shared/data/`…)
 * names a file or folder that exists. A path may be written from the root or
 * from one of the folders people cite from (cloudfunctions/, _shared/, src/…);
 * placeholders (`<feature>`), globs and URLs are not paths.
 *
 * "Exists" means what a clean clone has (git's tracked files), not this disk:
 * `.data/` is made by the first run, so it counts only because .gitignore names
 * it as a generated folder.
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

const TRACKED = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
const TRACKED_PATHS = new Set(TRACKED.flatMap((file) => file.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))
const GENERATED = readFileSync(path.join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.endsWith('/'))

const inClone = (file: string): boolean => TRACKED_PATHS.has(path.posix.normalize(file).replace(/\/$/, ''))
const generated = (cited: string): boolean => GENERATED.some((folder) => cited === folder || cited.startsWith(folder))
const exists = (cited: string): boolean => generated(cited) || BASES.some((base) => inClone(path.posix.join(base, cited)))

describe('docs cite only files in the repo', () => {
  test.each(DOCS)('%s', (doc) => {
    const missing = citedPaths(readFileSync(path.join(ROOT, doc), 'utf8')).filter((cited) => !exists(cited))
    expect(missing).toEqual([])
  })

  test('the README layout lists every top-level folder and file', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('### New feature checklist'))
    const folders = [...new Set(TRACKED.filter((file) => file.includes('/')).map((file) => file.split('/')[0]))]
    expect(folders.filter((name) => !layout.includes(`${name}/`))).toEqual([])
    // Root files too (README.md is the page itself), each by its name in backticks.
    const files = TRACKED.filter((file) => !file.includes('/') && file !== 'README.md')
    expect(files.filter((name) => !layout.includes(`\`${name}\``))).toEqual([])
  })

  test("the layout's tree reads as a tree: a folder's children follow it, before the next top-level folder", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const layout = readme.slice(readme.indexOf('## Layout'))
    const tree = layout.slice(layout.indexOf('```') + 4, layout.indexOf('```', layout.indexOf('```') + 3)).split('\n')
    // `src/` is followed by its own entries (app.config.ts…), not by another top-level folder.
    const srcAt = tree.findIndex((line) => line.startsWith('src/'))
    expect(tree[srcAt + 1]).toMatch(/^ {2}app\.config\.ts/)
    // Every indented entry names something inside the top-level folder above it.
    let parent = ''
    const strays: string[] = []
    for (const line of tree.filter(Boolean)) {
      if (!line.startsWith(' ')) {
        parent = line.split(/\s+/)[0]
        continue
      }
      if (line.startsWith('   ')) continue // the description of the line above, carried on
      const names = line
        .trim()
        .split(/\s{2,}/)[0]
        .split(' ')
      for (const name of names) {
        const inside = path.posix.join(parent, name.replace(/<feature>\/?$/, ''))
        if (!TRACKED_PATHS.has(inside.replace(/\/$/, ''))) strays.push(`${parent} ${name}`)
      }
    }
    expect(strays).toEqual([])
  })
})
