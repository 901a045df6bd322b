import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../emulator/core/constants'
import { buildFunctions } from './build-functions'

/**
 * Issue 12 §9: build output where it is not a terminal (CI, a log file) is a
 * few lines, not hundreds of progress frames or repeated warnings. The Taro
 * config is loaded as Taro loads it (its own process, here with piped output).
 */
interface LoadedConfig {
  logger: { quiet: boolean; stats: boolean }
  mini: { miniCssExtractPluginOption?: { ignoreOrder?: boolean } }
  h5: { miniCssExtractPluginOption?: { ignoreOrder?: boolean } }
}

function taroConfig(type: 'weapp' | 'h5'): LoadedConfig {
  const script =
    "import userConfig from './config/index'; import { merge } from 'webpack-merge'; " +
    "(userConfig as any)(merge, { command: 'build', mode: 'production' }).then((c: any) => console.log(JSON.stringify({ logger: c.logger, mini: c.mini, h5: c.h5 })))"
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['-e', script], {
    cwd: ROOT,
    env: { ...process.env, TARO_ENV: type, NODE_ENV: 'production', PS_ENV: '', PS_CONFIG_FILE: '' },
    encoding: 'utf8',
    timeout: 60_000
  })
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as LoadedConfig
}

describe('build output outside a terminal', () => {
  it('Taro builds use the one-line reporter and no per-module CSS order warnings, weapp and H5', () => {
    for (const type of ['weapp', 'h5'] as const) {
      const config = taroConfig(type)
      expect(config.logger).toEqual({ quiet: true, stats: false })
      expect(config.mini.miniCssExtractPluginOption?.ignoreOrder).toBe(true)
      expect(config.h5.miniCssExtractPluginOption?.ignoreOrder).toBe(true)
    }
  }, 60_000)

  it('the functions build prints one line per function', async () => {
    const lines: string[] = []
    const outDir = path.join(ROOT, '.test-data', `quiet-functions-${process.pid}`)
    try {
      const names = await buildFunctions({ outDir, log: (line) => lines.push(line) })
      expect(lines).toHaveLength(names.length)
    } finally {
      rmSync(outDir, { recursive: true, force: true })
    }
  }, 60_000)
})
