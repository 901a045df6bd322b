import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../emulator/core/constants'

/**
 * WeChat DevTools opens the repo root: what it shows must be what runs, the
 * weapp build and the built functions (CloudBase cannot run TypeScript), with
 * the one AppID the deploy configuration names.
 */
const json = <T>(file: string): T => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as T

describe('project.config.json', () => {
  const project = json<{ miniprogramRoot: string; cloudfunctionRoot: string; appid: string }>('project.config.json')

  it('points DevTools at the weapp build and the built functions', () => {
    expect(project.miniprogramRoot).toBe('dist/')
    expect(readFileSync(path.join(ROOT, 'config/index.ts'), 'utf8')).toMatch(/outputRoot: isH5 \? process\.env\.PS_H5_DIR \|\| 'dist-h5' : 'dist'/)
    expect(project.cloudfunctionRoot).toBe('build/functions/')
    expect(readFileSync(path.join(ROOT, 'scripts/build-functions.ts'), 'utf8')).toMatch(/join\(root, 'build', 'functions'\)/)
  })

  it('carries the AppID of the deploy configuration', () => {
    expect(project.appid).toBe(json<{ wechatAppId: string }>('party-study.config.json').wechatAppId)
  })
})
