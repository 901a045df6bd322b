/**
 * `npm run deploy -- --emulator <url>`: the database part of the deploy
 * (collections, indexes, rules, migrations) to a running local emulator,
 * through the same code and management library as a real deploy. The plan's
 * errors (placeholder template ids and the like) concern the functions and
 * the mini-program, so they do not stop it. Prints what changed on stdout.
 */
import { changedAnything } from './database'
import { deployDatabaseToEmulator } from './emulator'

export interface EmulatorCommandIo {
  out: (text: string) => void
  err: (text: string) => void
}

const LOOPBACK_URL = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?\/?$/

export async function deployToEmulator(url: string, io: EmulatorCommandIo): Promise<number> {
  if (!LOOPBACK_URL.test(url)) {
    io.err(`--emulator 应为本机模拟器地址，如 http://127.0.0.1:9100（收到 ${url}）`)
    return 1
  }
  try {
    const report = await deployDatabaseToEmulator(url, { log: (line) => io.err(line) })
    io.out(JSON.stringify(report))
    io.err(changedAnything(report) ? `已部署数据库到模拟器 ${url}` : `模拟器 ${url} 的数据库已是最新，未做任何修改`)
    return 0
  } catch (error) {
    io.err(`部署到模拟器失败：${(error as Error).message}`)
    return 1
  }
}
