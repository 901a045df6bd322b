import { buildFunctions } from './build-functions'
import { buildH5, buildWeapp, runBin, step } from './lib/run'

/**
 * `npm test`: type-check everything, build what the tests exercise (functions, weapp for the
 * package-size and no-dev-code checks, H5 for the e2e tests), then run every
 * jest project: unit, integration, e2e. Extra arguments go to jest.
 */
async function main(): Promise<void> {
  const started = Date.now()
  await step('类型检查（tsc --noEmit, strict）', () => runBin('tsc', ['--noEmit', '-p', 'tsconfig.json']))
  await step('构建云函数', () => buildFunctions())
  await step('构建小程序（weapp）', buildWeapp)
  await step('构建 H5', buildH5)
  await step('运行测试（unit + integration + e2e）', () => runBin('jest', ['--maxWorkers=2', ...process.argv.slice(2)]))
  console.log(`全部完成，用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒`)
}

main().catch((error: unknown) => {
  console.error((error as Error).message)
  process.exit(1)
})
