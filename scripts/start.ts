import { startEmulator } from '../emulator/controller'
import { localSdk } from '../emulator/client'
import { CONSOLE_PATH, DEFAULT_CONSOLE_DIR, DEFAULT_DATA_DIR, DEFAULT_FUNCTIONS_DIR, DEFAULT_PORT, DEFAULT_STATIC_DIR } from '../emulator/core/constants'
import { buildConsole } from './build-console'
import { buildFunctions } from './build-functions'
import { deployDatabaseToEmulator } from './deploy/emulator'
import { buildH5, step } from './lib/run'
import { seedDemoMeetings } from './seed/demo-meetings'
import { seedDemoNotice } from './seed/demo-notice'
import { adoptFunctionSecrets, registerDemoAccounts, seedDemoData } from './seed/seed'
import { SECRET_NAMES } from '../cloudfunctions/_shared/runtime/secrets'
import { ROLE_LABELS } from '../cloudfunctions/_shared/contract/org-rules'

/**
 * `npm start`: build the cloud functions, the H5 app and the PC console, start the emulator
 * with the app on one port, deploy the database part to it exactly as
 * `npm run deploy` does to CloudBase, seed the demo organisation (idempotent), print
 * where to go and who to be.
 */
async function main(): Promise<void> {
  await step('构建云函数', () => buildFunctions())
  await step('构建 H5 应用', buildH5)
  await step('构建管理端', () => buildConsole())
  const port = Number(process.env.PORT ?? DEFAULT_PORT)
  const emulator = await startEmulator({
    port,
    dataDir: DEFAULT_DATA_DIR,
    functionsDir: DEFAULT_FUNCTIONS_DIR,
    staticDir: DEFAULT_STATIC_DIR,
    consoleDir: DEFAULT_CONSOLE_DIR,
    secretNames: SECRET_NAMES,
    timers: true
  })
  adoptFunctionSecrets(emulator.secrets)
  // Collections, indexes, rules and migrations as a real deploy makes them (the same code and management library).
  await step('部署数据库（集合、索引、规则、迁移）', () => deployDatabaseToEmulator(emulator.url))
  const seeded = await step('写入演示数据', () => seedDemoData(localSdk(emulator.adminUrl).database()))
  await registerDemoAccounts(emulator.url, seeded.accounts)
  const notice = await step('发布演示学习安排', () => seedDemoNotice(emulator.url, seeded.accounts[0].openId))
  // 教工第一党支部's 支部书记 runs the demo meetings (the README's journeys), found by the switcher's label, not the seed's order.
  const secretaryLabel = `教工第一党支部 · ${ROLE_LABELS.branch_secretary}`
  const secretary = seeded.accounts.find((account) => account.label === secretaryLabel)?.openId
  if (!secretary) throw new Error(`演示数据里没有“${secretaryLabel}”`)
  const meetings = await step('安排演示会议', () => seedDemoMeetings(emulator.url, secretary, notice.startsWith('n-') ? notice : null))

  console.log(`
党员学习教育 · 本地环境已启动
  应用（H5）:      ${emulator.url}/
  管理端（电脑）:  ${emulator.url}${CONSOLE_PATH}（开发模式可“以演示用户登录”）
  模拟器 SDK 地址: ${emulator.adminUrl}
  数据目录:        ${DEFAULT_DATA_DIR}
  演示数据:        ${seeded.units} 个组织，${seeded.members} 名党员，学习安排 ${notice}
  演示会议:        ${meetings}

演示账号（在页面顶部“开发模式 · 当前身份”中切换）:
${seeded.accounts.map((a) => `  ${a.name.padEnd(4, '　')}  ${a.label}   (openid ${a.openId})`).join('\n')}

按 Ctrl+C 停止。`)
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
