import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../emulator/core/constants'
import { buildConsole } from './build-console'
import { buildFunctions } from './build-functions'
import { buildH5, buildWeapp, runBin, step } from './lib/run'

const RESULTS = path.join(ROOT, 'build', 'jest-results.json')

/**
 * `npm test`: lint (eslint.config.mjs), type-check everything, build what the tests exercise
 * (functions, weapp for the package-size and no-dev-code checks, H5 and the
 * PC console for the e2e tests), then run every jest project: unit, integration, e2e. Extra
 * arguments go to jest. Ends with one plain "N passed, N failed" line.
 */
async function main(): Promise<void> {
  const started = Date.now()
  // The linter first: a broken layer rule fails CI before anything is built.
  await step('代码检查（ESLint：分层边界、无循环依赖、文件命名）', () => runBin('eslint', ['.']))
  await step('格式检查（Prettier；npm run format 可自动修正）', () => runBin('prettier', ['--check', '--log-level', 'warn', '**/*.{ts,tsx,js,cjs,mjs,json}']))
  await step('类型检查（tsc --noEmit, strict）', () => runBin('tsc', ['--noEmit', '-p', 'tsconfig.json']))
  await step('构建云函数', () => buildFunctions())
  await step('构建小程序（weapp）', buildWeapp)
  await step('构建 H5', buildH5)
  await step('构建管理端（console）', () => buildConsole())
  rmSync(RESULTS, { force: true }) // never report an earlier run's totals
  try {
    await step('运行测试（unit + integration + e2e）', () => runBin('jest', ['--maxWorkers=2', '--json', `--outputFile=${RESULTS}`, ...process.argv.slice(2)]))
  } finally {
    printTotals()
  }
  console.log(`全部完成，用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒`)
}

function printTotals(): void {
  if (!existsSync(RESULTS)) return
  const results = JSON.parse(readFileSync(RESULTS, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number }
  console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed${results.numPendingTests ? `, ${results.numPendingTests} skipped` : ''}`)
}

main().catch((error: unknown) => {
  console.error((error as Error).message)
  process.exit(1)
})
