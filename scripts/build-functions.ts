/**
 * Bundles each cloud function into a folder CloudBase deploys as is:
 *   cloudfunctions/<name>/index.ts → build/functions/<name>/index.js (+ config.json, package.json)
 * `_shared` and other `_`-prefixed folders are bundled into the functions that import
 * them, never built alone. `@cloudbase/node-sdk` stays external: CloudBase installs
 * it from the generated package.json, at the exact version the repo uses.
 *
 * Bundles are minified (names kept: exceljs compares `constructor.name`, and
 * error names show in logs), and parts of dependencies that no function calls
 * are left out (see UNUSED_PARTS): the org bundle went from 3.2 MB to under 0.7 MB.
 *
 * Template ids: a `--production` build (what `npm run deploy` uploads) injects the
 * subscribe-message template ids of party-study.config.json (`__PS_TEMPLATE_IDS__`,
 * see _shared/domain/messaging/templates.ts) and refuses placeholders; other builds
 * (the emulator's, the tests') keep the placeholders the emulator accepts.
 *
 * Run: npx tsx scripts/build-functions.ts [--production] [--analyze]   (--analyze: the biggest packages in each bundle)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { build, type Plugin } from 'esbuild'
import { parseFunctionConfig } from '../emulator/functions/config'
import { productionTemplateIds } from './deploy/template-ids'

export interface BuildFunctionsOptions {
  /** Repo root (default: the folder above this script). */
  root?: string
  /** Output folder (default: `<root>/build/functions`). */
  outDir?: string
  /** Progress lines (default: console.log). */
  log?: (line: string) => void
  /** Also log what each bundle is made of, by package (`--analyze`). */
  analyze?: boolean
  /** A build for CloudBase: the template ids of the config file, placeholders refused (ProductionConfigError). */
  production?: boolean
  /** The config file, relative to `root` (default party-study.config.json). */
  configFile?: string
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

/**
 * Modules of dependencies that the functions never load at run time, but that
 * their packages' entry points `require` eagerly. Each is replaced by a stub
 * that throws a clear error if it is ever used — unless some function source
 * mentions it (`usedIf`), in which case the real module is bundled as before.
 */
const UNUSED_PARTS: ReadonlyArray<{ label: string; filter: RegExp; usedIf: RegExp; stub: string }> = [
  {
    // exceljs' streaming reader/writer (unzipper, archiver, tmp…): the functions read and write whole workbooks.
    label: 'exceljs stream.xlsx',
    filter: /[\\/]exceljs[\\/]lib[\\/]stream[\\/]xlsx[\\/]workbook-(reader|writer)\.js$/,
    usedIf: /\bWorkbook(Reader|Writer)\b|\bstream\.xlsx\b/,
    stub: 'module.exports = class { constructor() { throw new Error("exceljs stream.xlsx 未打包进云函数（scripts/build-functions.ts UNUSED_PARTS）") } }'
  },
  {
    // exceljs' CSV support (fast-csv): only .xlsx is read and written.
    label: 'exceljs csv',
    filter: /[\\/]exceljs[\\/]lib[\\/]csv[\\/]csv\.js$/,
    usedIf: /\.csv\s*[.(]/,
    stub: 'module.exports = class { constructor() { throw new Error("exceljs csv 未打包进云函数（scripts/build-functions.ts UNUSED_PARTS）") } }'
  },
  {
    // zod's 40-odd message locales behind `z.locales` (~360 KB): English, the default, is imported on its own; our messages are our own.
    label: 'zod locales',
    filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.c?js$/,
    usedIf: /\blocales\b/,
    stub: 'export {}'
  }
]

/** Non-test TypeScript sources under `dir`, concatenated: what UNUSED_PARTS' `usedIf` is checked against. */
function functionSources(dir: string): string {
  if (!existsSync(dir)) return ''
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.startsWith('test-'))
    .map((e) => readFileSync(join(e.parentPath ?? (e as unknown as { path: string }).path, e.name), 'utf8'))
    .join('\n')
}

function leaveOutUnused(sourceDir: string, log?: (line: string) => void): Plugin {
  const sources = functionSources(sourceDir)
  const parts = UNUSED_PARTS.filter((part) => !part.usedIf.test(sources))
  log?.(`  left out (unused): ${parts.map((part) => part.label).join(', ') || 'nothing'}`)
  return {
    name: 'leave-out-unused',
    setup(b) {
      for (const part of parts) b.onLoad({ filter: part.filter }, () => ({ contents: part.stub, loader: 'js' }))
    }
  }
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`
}

/** The biggest packages in one bundle (bytes in the output), from esbuild's metafile. */
function composition(inputs: Record<string, { bytesInOutput: number }>, top = 10): string {
  const byPackage = new Map<string, number>()
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1] ?? (file.startsWith('cloudfunctions') ? '(cloudfunctions)' : file)
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput)
  }
  return [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([pkg, n]) => `${pkg} ${formatBytes(n)}`)
    .join(', ')
}

/** Bytes of each built function's index.js (what CloudBase uploads besides config and package.json). */
export function functionBundleBytes(outDir = join(__dirname, '..', 'build', 'functions')): Record<string, number> {
  if (!existsSync(outDir)) return {}
  return Object.fromEntries(
    readdirSync(outDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(outDir, d.name, 'index.js')))
      .map((d) => d.name)
      .sort()
      .map((name) => [name, statSync(join(outDir, name, 'index.js')).size])
  )
}

/** Builds every function; resolves with the names built, in order. */
export async function buildFunctions(opts: BuildFunctionsOptions = {}): Promise<string[]> {
  const root = resolve(opts.root ?? join(__dirname, '..'))
  const outDir = resolve(opts.outDir ?? join(root, 'build', 'functions'))
  const log = opts.log ?? ((line: string) => console.log(line))
  const sourceDir = join(root, 'cloudfunctions')
  const version = sdkVersion(root)
  // Before anything is written: a production build with placeholder ids must leave nothing behind to upload.
  const define = opts.production ? { __PS_TEMPLATE_IDS__: JSON.stringify(productionTemplateIds(root, opts.configFile)) } : undefined

  const names = existsSync(sourceDir)
    ? readdirSync(sourceDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(sourceDir, d.name, 'index.ts')))
        .map((d) => d.name)
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
        throw new Error(`${relative(root, file)} 不是有效的 JSON：${(err as Error).message}`, { cause: err })
      }
    }
    parseFunctionConfig(raw, relative(root, file))
    configs.set(name, `${JSON.stringify(raw, null, 2)}\n`)
  }

  const result = await build({
    entryPoints: Object.fromEntries(names.map((name) => [`${name}/index`, join(sourceDir, name, 'index.ts')])),
    outdir: outDir,
    absWorkingDir: root,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    bundle: true,
    external: [SDK],
    sourcemap: false,
    minify: true,
    keepNames: true,
    ...(define ? { define } : {}),
    plugins: [leaveOutUnused(sourceDir, opts.analyze ? log : undefined)],
    write: false,
    logLevel: 'silent',
    metafile: true
  }).catch((err: { errors?: Array<{ text: string; location?: { file: string; line: number; column: number } | null }> }) => {
    const details = (err.errors ?? []).map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column} ${e.text}` : e.text)).join('\n  ')
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
    if (opts.analyze) {
      const output = Object.entries(result.metafile.outputs).find(([file]) => resolve(root, file) === join(dir, 'index.js'))
      if (output) log(`      ${composition(output[1].inputs)}`)
    }
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
  buildFunctions({ analyze: process.argv.includes('--analyze'), production: process.argv.includes('--production') }).then(
    (names) => console.log(`已构建 ${names.length} 个云函数，用时 ${Date.now() - started} ms`),
    (err: Error) => {
      console.error(err.message)
      process.exitCode = 1
    }
  )
}
