// Import boundaries between layers and features, checked on resolved paths
// (aliases like @/ and @contract/ included) by import-x/no-restricted-paths.
// A new feature adds its folder name to FEATURES; the kernel is shared by all.

import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.dirname(fileURLToPath(import.meta.url))

/** Features: a cloud function folder, its domain folder and its client folder share the name. */
export const FEATURES = ['dashboard', 'feedback', 'me', 'meetings', 'moderation', 'notices', 'org', 'signin']
/** Client feature folders that have no function of their own. */
export const CLIENT_ONLY_FEATURES = ['dev', 'display', 'listen', 'workbench', 'privacy']
/**
 * Folders of _shared/domain and _shared/data that are no feature but the shared kernel: every feature may
 * import them (with _shared/domain/record-table.ts). scripts/lint/boundaries.test.ts fails on a folder that
 * is in neither list, so a new feature cannot escape the rules below by being left out of FEATURES.
 */
export const KERNEL = ['calendar', 'counting', 'messaging', 'org-path', 'short-codes', 'spreadsheet', 'text']
/**
 * Client-only capabilities any page composes (读给我听, 大字, the 隐私保护指引): no subpackage owns them, so a
 * page of any subpackage, or a tab page, may use them whole. Every other client feature is reached only by its own pages.
 */
export const PAGE_CAPABILITIES = ['display', 'listen', 'privacy']

const others = (list, name) => list.filter((other) => other !== name)

// A client test may compare the client's twin of a rule with the server's own (e.g. periods).
const CLIENT_SEES_CONTRACT_ONLY = {
  target: './src/**',
  from: './cloudfunctions',
  except: ['./_shared/contract'],
  message: '客户端只通过 @contract 认识服务端'
}
const CLIENT_TESTS_SEE_DOMAIN = { ...CLIENT_SEES_CONTRACT_ONLY, except: ['./_shared/contract', './_shared/domain'] }

// Test builders and fixtures live under test/ and only tests import them. The operator's commands (npm start, seed,
// deploy, admin, builds), migrations, the emulator and the console are product too: test/support/people, for one,
// computes member ids when loaded, before npm start has adopted the emulator's secrets. The bench and scripts/lib may.
const NO_TEST_TOOLS = {
  target: [
    './{cloudfunctions,src,console,emulator,migrations}/**/!(*.test).{ts,tsx}',
    './scripts/{start,admin,deploy,seed,build-functions,build-console,notice-parse}.ts',
    './scripts/{admin,deploy,seed,migrations}/**/!(*.test).ts'
  ],
  from: './test',
  message: '产品代码不能引入 test/ 下的测试工具：构造数据的辅助代码只给测试用'
}

const zones = [
  NO_TEST_TOOLS,
  // Pure domain code: no SDK, no Taro, no database, no runtime.
  {
    target: './cloudfunctions/_shared/domain/**',
    from: [
      './cloudfunctions/_shared/data/**',
      './cloudfunctions/_shared/runtime/**',
      './cloudfunctions/_shared/access/**',
      './node_modules/@cloudbase/**',
      './node_modules/@tarojs/**'
    ],
    message: 'domain 只放纯规则：不引入 SDK、Taro、data、runtime 或 access'
  },
  // Only _shared/data talks to CloudBase.
  {
    target: ['./cloudfunctions/{' + FEATURES.join(',') + '}/**', './cloudfunctions/_shared/!(data)/**'],
    from: './node_modules/@cloudbase/**',
    message: '只有 cloudfunctions/_shared/data 可以引入 @cloudbase SDK'
  },
  // Shared code never reaches into a function.
  {
    target: './cloudfunctions/_shared/**',
    from: FEATURES.map((name) => `./cloudfunctions/${name}/**`),
    message: '_shared 不能引入某个云函数的代码'
  },
  // Functions never import each other.
  ...FEATURES.map((name) => ({
    target: `./cloudfunctions/${name}/**`,
    from: others(FEATURES, name).map((other) => `./cloudfunctions/${other}/**`),
    message: `云函数 ${name} 不能引入其他云函数的代码：共用的放进 _shared`
  })),
  // Domain features never import each other; the kernel is shared.
  ...FEATURES.map((name) => ({
    target: `./cloudfunctions/_shared/domain/${name}/**`,
    from: others(FEATURES, name).map((other) => `./cloudfunctions/_shared/domain/${other}/**`),
    message: `domain/${name} 不能引入其他功能的 domain：共用的规则放进内核（calendar、org-path、text…）`
  })),
  // Data modules of different features never import each other: a stored shape two features read lives in
  // data/<name>-docs.ts, shared reads and writes in data/'s root (query, read, write, transaction…).
  ...FEATURES.map((name) => ({
    target: `./cloudfunctions/_shared/data/${name}/**`,
    from: others(FEATURES, name).map((other) => `./cloudfunctions/_shared/data/${other}/**`),
    message: `data/${name} 不能引入其他功能的 data：共用的存储形状放进 data/*-docs.ts，共用的读写放进 data 根目录`
  })),
  // The client sees the server only through the contract.
  CLIENT_SEES_CONTRACT_ONLY,
  {
    target: './src/**',
    from: ['./node_modules/@cloudbase/node-sdk/**', './node_modules/@cloudbase/manager-node/**'],
    message: '客户端不能引入服务端 SDK'
  },
  // Client features never import each other; shared pieces live in src/lib, src/components, src/ui.
  ...[...FEATURES, ...CLIENT_ONLY_FEATURES].map((name, _, all) => ({
    target: `./src/features/${name}/**`,
    from: others(all, name).map((other) => `./src/features/${other}/**`),
    message: `src/features/${name} 不能引入其他功能的内部代码：共用的放进 src/lib、src/components 或 src/ui`
  })),
  // A WeChat subpackage's pages (src/packages/<feature>) are composition of their own feature: they import
  // src/features/<feature> and the shared layers (lib, components, ui, layouts, api, routes, the contract),
  // and of other features only the PAGE_CAPABILITIES. What two features need goes to src/lib.
  ...[...FEATURES, ...CLIENT_ONLY_FEATURES].map((name, _, all) => ({
    target: `./src/packages/${name}/**`,
    from: others(all, name)
      .filter((other) => !PAGE_CAPABILITIES.includes(other))
      .map((other) => `./src/features/${other}`),
    message: `src/packages/${name} 的页面只组合 src/features/${name}：其他功能的代码不能引入，共用的放进 src/lib、src/components 或 src/ui`
  })),
  // The tab pages (src/pages: 首页, 工作台, 我的) are the one place that composes several features: they may
  // place any feature's public components (src/features/<feature>/components) and the PAGE_CAPABILITIES,
  // never a feature's api, hooks or rules; a tab needing those gets a component from that feature.
  {
    target: './src/pages/**',
    from: './src/features/**',
    except: [path.join(ROOT, 'src/features/*/components/**'), ...PAGE_CAPABILITIES.map((name) => path.join(ROOT, `src/features/${name}/**`))],
    message: '底部标签页只放各功能的公开组件（src/features/<功能>/components）：不引入功能的 api、hooks 或规则'
  }
]

// The PC console (console/) is its own app: it knows the server only through the contract, and shares
// nothing with the mini-program (src/) nor the tooling; its features stay apart as src/'s do.
export const CONSOLE_FEATURES = ['dashboard', 'notices', 'signin', 'org', 'requirements', 'meetings', 'feedback']
const consoleZones = [
  NO_TEST_TOOLS,
  { target: './console/**', from: './cloudfunctions', except: ['./_shared/contract'], message: '管理端只通过 cloudfunctions/_shared/contract 认识服务端' },
  {
    target: './console/**',
    from: ['./src', './emulator', './scripts', './test', './migrations', './config'],
    message: '管理端只引入 cloudfunctions/_shared/contract，不引入小程序、模拟器或脚本的代码'
  },
  {
    target: './console/**',
    from: ['./node_modules/@cloudbase/node-sdk/**', './node_modules/@cloudbase/manager-node/**', './node_modules/@tarojs/**', './node_modules/@nutui/**'],
    message: '管理端用 @cloudbase/js-sdk 和 TDesign，不引入服务端 SDK 或小程序框架'
  },
  ...CONSOLE_FEATURES.map((name) => ({
    target: `./console/src/features/${name}/**`,
    from: others(CONSOLE_FEATURES, name).map((other) => `./console/src/features/${other}/**`),
    message: `console/src/features/${name} 不能引入其他功能的代码：共用的放进 console/src/lib、console/src/api 或 console/src/session`
  }))
]

export const boundaries = [
  {
    files: ['cloudfunctions/**/*.ts', 'src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] }
  },
  {
    // The SDK client itself stays in _shared/data: elsewhere only the caller's identity and the timer marker.
    files: ['cloudfunctions/**/*.ts'],
    ignores: ['cloudfunctions/_shared/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/data/client'], importNames: ['database', 'cloudApp'], message: '数据库和平台调用只在 cloudfunctions/_shared/data 里进行' }] }
      ]
    }
  },
  {
    files: ['console/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: consoleZones }] }
  },
  {
    files: ['scripts/**/*.ts', 'emulator/**/*.ts', 'migrations/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [NO_TEST_TOOLS] }] }
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: zones.map((zone) => (zone === CLIENT_SEES_CONTRACT_ONLY ? CLIENT_TESTS_SEE_DOMAIN : zone)) }] }
  }
]
