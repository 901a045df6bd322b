import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SECRET_NAMES } from '../../cloudfunctions/_shared/runtime/secrets'
import { DEFAULT_MEMORY_MB, planFunctions } from './functions-plan'

/** Function settings a real deploy would refuse, in a throwaway repo layout. */
let root: string

function fn(name: string, config: unknown): void {
  mkdirSync(join(root, 'cloudfunctions', name), { recursive: true })
  writeFileSync(join(root, 'cloudfunctions', name, 'index.ts'), 'export {}\n')
  writeFileSync(join(root, 'cloudfunctions', name, 'config.json'), JSON.stringify(config))
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deploy-functions-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('planFunctions', () => {
  it('plans defaults and names, never values, of the environment variables', () => {
    fn('a', { envVariables: { PS_REGION: 'east' } })
    const { functions, errors } = planFunctions(root)
    expect(errors).toEqual([])
    expect(functions).toEqual([
      { name: 'a', dir: 'build/functions/a', timeout: 3, memorySize: DEFAULT_MEMORY_MB, triggers: [], envVariableNames: ['PS_REGION', ...SECRET_NAMES] }
    ])
    expect(JSON.stringify(functions)).not.toContain('east')
  })

  it('takes several timers on one function, up to the platform limit', () => {
    const timers = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `t${i}`, type: 'timer', config: '0 0 9 * * * *' }))
    fn('a', { triggers: timers(4) })
    expect(planFunctions(root).errors).toEqual([])
    fn('b', { triggers: timers(11) })
    expect(planFunctions(root).errors.join('\n')).toMatch(/b 有 11 个触发器/)
  })

  it('lists what CloudBase would refuse, still planning every function', () => {
    fn('a', { timeout: 90 })
    fn('b', { memorySize: 300 })
    fn('c', { triggers: [{ name: 'x', type: 'timer', config: '0 0 9 * * *' }] })
    fn('d', { envVariables: { [SECRET_NAMES[0]]: 'in-git' } })
    const { functions, errors } = planFunctions(root)
    expect(functions.map((f) => f.name)).toEqual(['a', 'b', 'c', 'd'])
    expect(errors).toHaveLength(4)
    expect(errors.join('\n')).not.toContain('in-git')
  })
})
