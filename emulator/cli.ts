import path from 'node:path'
import { parseArgs } from 'node:util'
import { startEmulator } from './controller'
import { Database } from './database'
import { removeDataDir } from './database/storage'
import { existsSync } from 'node:fs'
import { CONSOLE_PATH, DEFAULT_CONSOLE_DIR, DEFAULT_DATA_DIR, DEFAULT_FUNCTIONS_DIR, DEFAULT_PORT } from './core/constants'
import { COLLECTIONS } from '../cloudfunctions/_shared/data/collections'
import { SECRET_NAMES } from '../cloudfunctions/_shared/runtime/secrets'

const USAGE = `用法:
  npm run emulator -- [--port 9100] [--data .data] [--functions build/functions] [--static dist-h5] [--console build/console] [--no-timers]
  npm run emulator -- reset  [--data .data]
  npm run emulator -- export [--data .data] --out FILE
  npm run emulator -- import [--data .data] --in FILE`

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      functions: { type: 'string' },
      static: { type: 'string' },
      console: { type: 'string' },
      'no-timers': { type: 'boolean' },
      out: { type: 'string' },
      in: { type: 'string' },
      help: { type: 'boolean' }
    }
  })
  if (values.help) return console.log(USAGE)
  const dataDir = path.resolve(values.data ?? DEFAULT_DATA_DIR)
  const command = positionals[0] ?? 'start'
  if (command === 'reset') {
    removeDataDir(dataDir)
    return console.log(`已清空 ${dataDir}`)
  }
  if (command === 'export' || command === 'import') return offline(command, dataDir, values.out ?? values.in)
  if (command !== 'start') throw new Error(`未知命令 ${command}\n${USAGE}`)

  const port = Number(values.port ?? process.env.EMULATOR_PORT ?? DEFAULT_PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port 不合法：${values.port}`)
  const consoleDir = path.resolve(values.console ?? DEFAULT_CONSOLE_DIR)
  const emulator = await startEmulator({
    port,
    dataDir,
    functionsDir: path.resolve(values.functions ?? DEFAULT_FUNCTIONS_DIR),
    staticDir: values.static ? path.resolve(values.static) : undefined,
    // The PC console is served whenever it is built (npm run build:console): it is useless without this emulator.
    consoleDir,
    collections: COLLECTIONS,
    secretNames: SECRET_NAMES,
    timers: !values['no-timers']
  })
  console.log(`CloudBase 模拟器已就绪 ${emulator.url}  (SDK serviceUrl: ${emulator.adminUrl}, 数据: ${dataDir})`)
  if (existsSync(consoleDir)) console.log(`管理端（电脑）：${emulator.url}${CONSOLE_PATH}`)
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

async function offline(command: 'export' | 'import', dataDir: string, file: string | undefined): Promise<void> {
  if (!file) throw new Error(`${command} 需要 ${command === 'export' ? '--out' : '--in'} FILE`)
  const db = new Database({ dataDir, collections: COLLECTIONS })
  await db.open()
  if (command === 'export') db.exportTo(path.resolve(file))
  else db.importFrom(path.resolve(file))
  await db.close()
  console.log(`${command === 'export' ? '已导出到' : '已导入'} ${path.resolve(file)}`)
}

main().catch((error: unknown) => {
  console.error((error as Error).message)
  process.exit(1)
})
