import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { ROOT } from '../../emulator/core/constants'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`port ${port} did not open within ${timeoutMs} ms`)
}

/**
 * Runs the emulator CLI as its own process. tsx is loaded into this node
 * process with --import (its `tsx` command would start a second node process),
 * so kill -9 hits the server itself and leaves no orphan behind.
 */
export async function spawnEmulator(args: string[], fixedPort?: number): Promise<{ child: ChildProcess; port: number; adminUrl: string }> {
  const port = fixedPort ?? (await freePort())
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'emulator/cli.ts'), '--port', String(port), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  child.stdout?.resume()
  child.stderr?.resume()
  await waitForPort(port)
  return { child, port, adminUrl: `http://127.0.0.1:${port}/admin` }
}

export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}
