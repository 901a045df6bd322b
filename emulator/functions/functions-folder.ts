/**
 * The built functions on disk (`build/functions`): one folder per function with
 * its `index.js` bundle. Names are checked before they touch a path, so an
 * invocation cannot reach outside the folder (`../etc`) or the shared code (`_shared`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { EmulatorError, ErrorCode } from '../core/errors'

const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/

export interface Bundle {
  path: string
  /** Changes with every rebuild: instances started from an older bundle are replaced. */
  mtimeMs: number
}

export class FunctionsFolder {
  private readonly root: string

  constructor(root: string) {
    this.root = resolve(root)
  }

  /** Names of the built functions (folders with an `index.js`, not starting with `_`). */
  list(): string[] {
    if (!existsSync(this.root)) return []
    return readdirSync(this.root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('_') && FUNCTION_NAME.test(d.name))
      .filter((d) => existsSync(join(this.root, d.name, 'index.js')))
      .map((d) => d.name)
      .sort()
  }

  /** The function's folder; FUNCTION_NOT_FOUND for an invalid name or a function that is not built. */
  dir(name: string): string {
    if (typeof name !== 'string' || !FUNCTION_NAME.test(name) || name.startsWith('_')) {
      throw new EmulatorError(ErrorCode.FUNCTION_NOT_FOUND, `云函数不存在：${String(name)}`)
    }
    const dir = join(this.root, name)
    if (!existsSync(join(dir, 'index.js'))) {
      throw new EmulatorError(ErrorCode.FUNCTION_NOT_FOUND, `云函数不存在：${name}（${dir} 下没有 index.js，是否已运行 npm run build:functions？）`)
    }
    return dir
  }

  bundle(name: string): Bundle {
    const path = join(this.dir(name), 'index.js')
    return { path, mtimeMs: statSync(path).mtimeMs }
  }
}
