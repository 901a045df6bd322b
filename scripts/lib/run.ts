import { spawn } from 'node:child_process'
import path from 'node:path'
import { ROOT } from '../../emulator/core/constants'

/** Runs a binary from node_modules/.bin with inherited output; rejects on a non-zero exit. */
export function runBin(bin: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', bin), args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env }
    })
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`${bin} ${args.join(' ')} 失败（${signal ?? `退出码 ${code}`}）`))
    })
  })
}

/** Times a step and prints how long it took. */
export async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now()
  console.log(`▶ ${label}`)
  const result = await work()
  console.log(`✓ ${label}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`)
  return result
}

export const buildH5 = (): Promise<void> => runBin('taro', ['build', '--type', 'h5'], { NODE_ENV: 'production' })
export const buildWeapp = (): Promise<void> => runBin('taro', ['build', '--type', 'weapp'], { NODE_ENV: 'production' })
