import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { require as tsxRequire } from 'tsx/cjs/api'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')

// The CLI sets TARO_ENV from `--type` before it reads this file, so one config
// can send each platform to its own folder: dist/ is what WeChat DevTools opens
// (project.config.json → miniprogramRoot), dist-h5/ is what the emulator serves.
const isH5 = process.env.TARO_ENV === 'h5'

// The shared contract lives beside the functions, outside src/, and Taro's
// script rule only covers src/ by default.
const contractDir = path.join(root, 'cloudfunctions/_shared/contract')

// 大字模式 / WeChat's font size: every font-size × var(--ps-font-scale) (see the file).
const fontScale = { './config/postcss-font-scale.cjs': { enable: true, config: {} } }

/**
 * The mini-program takes its subscribe template ids, app id and cloud env from
 * party-study.config.json (scripts/deploy/template-ids.ts, loaded through tsx:
 * Taro compiles only config/). `PS_ENV=<environment>` makes a production build
 * that refuses placeholders; the H5 build talks to the emulator and keeps them.
 */
function weappConstants(): Record<string, string> {
  const ids = tsxRequire('../scripts/deploy/template-ids.ts', __filename) as typeof import('../scripts/deploy/template-ids')
  try {
    const settings = ids.weappBuildSettings(root)
    if (ids.syncProjectAppId(root, settings.appId)) console.log(`project.config.json 的 appid 已改为 ${settings.appId}（来自 party-study.config.json）`)
    return ids.weappDefineConstants(settings)
  } catch (err) {
    if (!(err instanceof ids.ProductionConfigError)) throw err
    // Taro would only log a thrown config error and go on without a config: stop the build here.
    console.error(err.message)
    process.exit(1)
  }
}

// NutUI React Taro is drawn at 375 px while our own styles use Taro's 750;
// choosing per file makes pxtransform convert both correctly.
function designWidth(input?: string | number | { file?: string }): number {
  const file = typeof input === 'object' && input ? input.file : undefined
  return file && file.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'party-study',
    date: '2025-11-24',
    designWidth,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    // PS_H5_DIR: another H5 output folder (emulator/core/constants.ts serves the same one).
    outputRoot: isH5 ? process.env.PS_H5_DIR || 'dist-h5' : 'dist',
    // Aliases mirror tsconfig "paths"; tsconfig-paths-webpack-plugin is not installed.
    alias: {
      '@': path.join(root, 'src'),
      '@contract': contractDir
    },
    plugins: [],
    defineConstants: isH5 ? {} : weappConstants(),
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // webpackbar's animated progress redraws itself hundreds of times; where the output is not a
    // terminal (CI, `| cat`, a log file) use its one-line reporter instead. Warnings and errors
    // are printed either way.
    logger: { quiet: !(process.stdout.isTTY && process.stderr.isTTY), stats: false },
    mini: {
      compile: { include: [contractDir] },
      // As on H5: pages import feature CSS in different orders, which the plugin would report as dozens of
      // "Conflicting order" warnings per build (our styles are scoped by class, so their order does not matter).
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
        ...fontScale
      }
    },
    h5: {
      compile: { include: [contractDir] },
      // '/' works from the root of any static server; hash routing keeps every
      // page at index.html, so no server-side rewrites are needed.
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      webpackChain(chain) {
        // Taro splits only initial chunks on H5, so every lazily loaded tab page
        // carried its own copy of NutUI and the shared code; share it instead.
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all' })
        // webpack's 244 KiB hint is printed three times per build; the sizes that matter are measured by
        // `npm run bench` and the build-output test, against this project's own budgets.
        chain.performance.hints(false)
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
        ...fontScale
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
