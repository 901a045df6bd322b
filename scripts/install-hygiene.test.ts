import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * What `npm ci` on a clean clone needs from package.json and package-lock.json, checked offline:
 * npm 11 rejects a lock that lacks any package the tree asks for (optional platform builds
 * included), warns about engines and about install scripts nobody decided on. Regenerating the
 * lock the wrong way (another npm, another machine, a stale node_modules) trips these first.
 */

interface LockEntry {
  version?: string
  name?: string
  link?: boolean
  optional?: boolean
  hasInstallScript?: boolean
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  engines?: { node?: string } | string[]
}

interface Semver {
  satisfies(version: string, range: string): boolean
  validRange(range: string): string | null
  minVersion(range: string): { version: string } | null
}

const root = path.resolve(__dirname, '..')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'))
const packages: Record<string, LockEntry> = lock.packages
// semver comes with npm's own tree (no types of its own are installed).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- npm's own copy, untyped; an import would need types
const semver: Semver = require('semver')

const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/

/** Every name that package.json "overrides" replaces, at any depth, with the spec it gets. */
function overrideSpecs(tree: Record<string, unknown> = {}, into = new Map<string, string>()): Map<string, string> {
  for (const [name, value] of Object.entries(tree)) {
    if (typeof value === 'string') into.set(name, value)
    else if (value && typeof value === 'object') overrideSpecs(value as Record<string, unknown>, into)
  }
  return into
}
const overrides = overrideSpecs(pkg.overrides)

const nameAt = (location: string): string => location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length)

/** The spec an override puts on the edge from the package at `location` to `name`: a global one, or one scoped to that package. */
function overrideOn(location: string, name: string): string | undefined {
  const rules = (pkg.overrides ?? {}) as Record<string, string | Record<string, string>>
  const global = rules[name]
  if (typeof global === 'string') return global
  if (global && typeof global['.'] === 'string') return global['.']
  const scoped = location ? rules[nameAt(location)] : undefined
  return scoped && typeof scoped === 'object' && typeof scoped[name] === 'string' ? scoped[name] : undefined
}

/** Where Node (and npm) find `name` from the package at `location`: its own node_modules, then each one above. */
function resolve(location: string, name: string): string | undefined {
  let dir = location
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`
    if (packages[candidate]) return candidate
    if (!dir) return undefined
    const up = dir.lastIndexOf('/node_modules/')
    dir = up === -1 ? '' : dir.slice(0, up)
  }
}

const entries = Object.entries(packages).filter(([location]) => location !== '')

describe('install hygiene', () => {
  test('direct dependencies and overrides are pinned to exact versions', () => {
    const direct = { ...pkg.dependencies, ...pkg.devDependencies } as Record<string, string>
    const loose = Object.entries(direct).filter(([, spec]) => !EXACT.test(spec))
    const looseOverrides = [...overrides].filter(([, spec]) => !EXACT.test(spec.replace(/^npm:(@[^/]+\/)?[^@]+@/, '')))
    expect(loose).toEqual([])
    expect(looseOverrides).toEqual([])
  })

  test('the lock was written from this package.json', () => {
    expect(packages[''].dependencies).toEqual(pkg.dependencies)
    expect(packages[''].devDependencies).toEqual(pkg.devDependencies)
  })

  test('every dependency of every locked package is in the lock, optional platform builds included', () => {
    const missing: string[] = []
    const mismatched: string[] = []
    for (const [location, entry] of Object.entries(packages)) {
      const wanted: Record<string, string> = { ...entry.dependencies, ...entry.optionalDependencies, ...(location === '' ? pkg.devDependencies : {}) }
      for (const [name, range] of Object.entries(wanted)) {
        const found = resolve(location, name)
        if (!found) {
          missing.push(`${location || '(root)'} → ${name}@${range}`)
          continue
        }
        const spec = overrideOn(location, name) ?? range
        const version = packages[found].version ?? ''
        if (semver.validRange(spec) && !semver.satisfies(version, spec)) mismatched.push(`${location || '(root)'} → ${name}@${spec} found ${found}@${version}`)
      }
    }
    expect(missing).toEqual([])
    expect(mismatched).toEqual([])
  })

  test('every locked package supports the oldest Node that package.json engines admits, and this one', () => {
    const oldest = semver.minVersion(pkg.engines.node)?.version
    expect(oldest).toBeDefined()
    const refusing = entries
      .filter(([, entry]) => entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
      .filter(([, entry]) => {
        const range = (entry.engines as { node: string }).node
        return !semver.satisfies(oldest!, range) || !semver.satisfies(process.versions.node, range)
      })
      .map(([location, entry]) => `${location}@${entry.version} wants node ${(entry.engines as { node: string }).node}`)
    expect(refusing).toEqual([])
  })

  test('every package with an install script has a reviewed decision in allowScripts', () => {
    const decided = new Set(Object.keys(pkg.allowScripts ?? {}).map((key) => key.replace(/(.)@.*$/, '$1')))
    const undecided = entries
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([location, entry]) => entry.name ?? nameAt(location))
      .filter((name) => !decided.has(name))
    expect([...new Set(undecided)]).toEqual([])
  })
})
