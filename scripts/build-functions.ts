/**
 * Bundles each cloud function into a folder CloudBase deploys as is:
 *   cloudfunctions/<name>/index.ts → build/functions/<name>/index.js (+ config.json, package.json)
 * `_shared` and other `_`-prefixed folders are bundled into the functions that import
 * them, never built alone. `@cloudbase/node-sdk` stays external: CloudBase installs
 * it from the generated package.json, at the exact version the repo uses.
 *
 * Run: npx tsx scripts/build-functions.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { build } from 'esbuild'
import { parseFunctionConfig } from '../emulator/functions/config'

export interface BuildFunctionsOptions {
  /** Repo root (default: the folder above this script). */
  root?: string
  /** Output folder (default: `<root>/build/functions`). */
  outDir?: string
  /** Progress lines (default: console.log). */
  log?: (line: string) => void
}

const SDK = '@cloudbase/node-sdk'

function sdkVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>
    devDependencies?: Record<string, string>
  }
  const version = pkg.dependencies?.[SDK] ?? pkg.devDependencies?.[SDK]
  if (!version) throw new Error(`package.json 中没有 ${SDK}`)
  return version
}

/** Writes via a temporary file and a rename, so a running emulator never loads half a bundle. */
function writeAtomic(file: string, contents: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, contents)
  renameSync(tmp, file)
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`
}

/** Builds every function; resolves with the names built, in order. */
export async function buildFunctions(opts: BuildFunctionsOptions = {}): Promise<string[]> {
  const root = resolve(opts.root ?? join(__dirname, '..'))
  const outDir = resolve(opts.outDir ?? join(root, 'build', 'functions'))
  const log = opts.log ?? ((line: string) => console.log(line))
  const sourceDir = join(root, 'cloudfunctions')
  const version = sdkVersion(root)

  const names = existsSync(sourceDir)
    ? readdirSync(sourceDir, { withFileTypes: true })
        .filter(d => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(sourceDir, d.name, 'index.ts')))
        .map(d => d.name)
        .sort()
    : []

  // Validate every config.json first: a config CloudBase would refuse fails the build.
  const configs = new Map<string, string>()
  for (const name of names) {
    const file = join(sourceDir, name, 'config.json')
    let raw: unknown = {}
    if (existsSync(file)) {
      try {
        raw = JSON.parse(readFileSync(file, 'utf8'))
      } catch (err) {
        throw new Error(`${relative(root, file)} 不是有效的 JSON：${(err as Error).message}`)
      }
    }
    parseFunctionConfig(raw, relative(root, file))
    configs.set(name, `${JSON.stringify(raw, null, 2)}\n`)
  }

  const result = await build({
    entryPoints: Object.fromEntries(names.map(name => [`${name}/index`, join(sourceDir, name, 'index.ts')])),
    outdir: outDir,
    absWorkingDir: root,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    bundle: true,
    external: [SDK],
    sourcemap: false,
    minify: false,
    write: false,
    logLevel: 'silent',
    metafile: true
  }).catch((err: { errors?: Array<{ text: string; location?: { file: string; line: number; column: number } | null }> }) => {
    const details = (err.errors ?? [])
      .map(e => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column} ${e.text}` : e.text))
      .join('\n  ')
    throw new Error(`云函数构建失败：\n  ${details || String(err)}`)
  })

  const bytes = new Map<string, number>()
  for (const file of result.outputFiles) {
    writeAtomic(file.path, file.contents)
    bytes.set(relative(outDir, file.path).split(/[\\/]/)[0], file.contents.byteLength)
  }
  for (const name of names) {
    const dir = join(outDir, name)
    writeAtomic(join(dir, 'config.json'), configs.get(name) ?? '{}\n')
    const pkg = { name, main: 'index.js', dependencies: { [SDK]: version } }
    writeAtomic(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
    log(`  ${name.padEnd(20)} ${formatBytes(bytes.get(name) ?? 0).padStart(10)}  → ${relative(root, join(dir, 'index.js'))}`)
  }

  // Folders of functions that no longer exist would otherwise still be served and deployed.
  if (existsSync(outDir)) {
    for (const entry of readdirSync(outDir, { withFileTypes: true })) {
      if (entry.isDirectory() && !names.includes(entry.name)) rmSync(join(outDir, entry.name), { recursive: true, force: true })
    }
  }
  return names
}

if (require.main === module) {
  const started = Date.now()
  buildFunctions().then(
    names => console.log(`已构建 ${names.length} 个云函数，用时 ${Date.now() - started} ms`),
    (err: Error) => {
      console.error(err.message)
      process.exitCode = 1
    }
  )
}
