/**
 * Builds the PC console (console/) into a folder any static host serves as is:
 *   console/src/main.tsx → build/console/index.html + assets/<name>-<hash>.js|css
 * ES modules with code splitting (echarts is its own chunk, loaded only when a chart shows),
 * minified, hashed names (index.html is the only file that must not be cached).
 *
 * Two flavours, decided at build time so the production bundle does not even contain the code:
 * the development build (what the emulator serves) has the 以演示用户登录 shortcut;
 * `--production` (what `npm run deploy` uploads) has only the scan sign-in.
 *
 * Run: npx tsx scripts/build-console.ts [--production] [--env ENV_ID] [--out DIR] [--base /console/]
 * PS_CONSOLE_DIR picks the output folder (parallel work builds its own copy, as PS_H5_DIR does).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build, type Metafile } from 'esbuild'
import { DEFAULT_CONSOLE_DIR, ROOT } from '../emulator/core/constants'

export interface BuildConsoleOptions {
  outDir?: string
  /** Strip the development sign-in shortcut (the deployed console). */
  production?: boolean
  /** Where the console is served from (the emulator: /console/). */
  base?: string
  /** The CloudBase environment id (the emulator's is 'local'). */
  env?: string
  log?: (line: string) => void
}

export interface BuiltConsole {
  outDir: string
  /** Files the first page loads (the entry JS and CSS), relative to outDir. */
  firstLoad: string[]
}

const ENTRY = path.join(ROOT, 'console', 'src', 'main.tsx')

export async function buildConsole(options: BuildConsoleOptions = {}): Promise<BuiltConsole> {
  const outDir = path.resolve(options.outDir ?? DEFAULT_CONSOLE_DIR)
  const base = normaliseBase(options.base ?? '/console/')
  const production = options.production ?? false
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })

  const result = await build({
    entryPoints: { main: ENTRY },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome100', 'safari15', 'firefox100'],
    minify: true,
    sourcemap: false,
    metafile: true,
    outdir: path.join(outDir, 'assets'),
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    publicPath: base + 'assets/',
    jsx: 'automatic',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.png': 'file', '.svg': 'file' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __CONSOLE_DEV__: production ? 'false' : 'true',
      __CLOUDBASE_ENV__: JSON.stringify(options.env ?? 'local')
    },
    legalComments: 'none',
    // Chinese as is, not \u escapes: smaller, and readable when debugging.
    charset: 'utf8',
    logLevel: 'warning'
  })

  const firstLoad = entryFiles(result.metafile, outDir)
  const scripts = firstLoad.filter((file) => file.endsWith('.js'))
  const styles = firstLoad.filter((file) => file.endsWith('.css'))
  writeFileSync(path.join(outDir, 'index.html'), indexHtml(base, scripts, styles))
  options.log?.(`管理端已构建：${path.relative(ROOT, outDir) || outDir}（${production ? '生产' : '开发'}版）`)
  return { outDir, firstLoad }
}

/** The entry point's own JS and CSS (the chunks it imports statically are preloaded too). */
function entryFiles(metafile: Metafile, outDir: string): string[] {
  const outputs = metafile.outputs
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint && file.endsWith('.js'))
  if (!entry) throw new Error('构建结果中没有入口文件')
  const files = new Set<string>([entry])
  const css = outputs[entry].cssBundle
  if (css) files.add(css)
  // Static imports of shared chunks load with the entry: they count as the first page.
  for (const imported of outputs[entry].imports) if (imported.kind === 'import-statement' && !imported.external) files.add(imported.path)
  return [...files].map((file) => path.relative(outDir, path.resolve(ROOT, file)).split(path.sep).join('/'))
}

function indexHtml(base: string, scripts: string[], styles: string[]): string {
  const css = styles.map((file) => `<link rel="stylesheet" href="${base}${file}">`).join('\n    ')
  // The entry runs; the chunks it imports statically are fetched at once alongside it.
  const [entry, ...chunks] = scripts
  const preload = chunks.map((file) => `<link rel="modulepreload" href="${base}${file}">`).join('\n    ')
  const js = `<script type="module" src="${base}${entry}"></script>`
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>党员学习教育 · 管理端</title>
    <base href="${base}">
    ${css}
    ${preload}
  </head>
  <body>
    <div id="root"></div>
    <noscript>请启用 JavaScript 后使用管理端。</noscript>
    ${js}
  </body>
</html>
`
}

function normaliseBase(base: string): string {
  const withLead = base.startsWith('/') ? base : '/' + base
  return withLead.endsWith('/') ? withLead : withLead + '/'
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : undefined
}

if (require.main === module) {
  buildConsole({
    production: process.argv.includes('--production'),
    outDir: argValue('--out'),
    base: argValue('--base'),
    env: argValue('--env'),
    log: (line) => console.log(line)
  }).catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
