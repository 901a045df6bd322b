import { parseArgs } from 'node:util'
import { DEFAULT_PORT } from '../../emulator/core/constants'
import type { Target } from './target'

export type Command =
  | { name: 'bootstrap'; committeeName: string; adminName: string; phone: string }
  | { name: 'export'; out: string }
  | { name: 'import'; in: string; force: boolean }
  | { name: 'migrate' }
  | { name: 'help' }

export const USAGE = `用法：npm run admin -- [--url http://127.0.0.1:端口 | --env 云开发环境ID] <命令>
  bootstrap --name <党委名称> --admin-name <姓名> --phone <11 位手机号>   设立党委和首位组织部管理员，打印一次性邀请码
  export --out <文件>                                               备份全部集合（NDJSON）
  import --in <文件> [--force]                                      从备份恢复；目标库非空时需 --force
  migrate                                                           执行尚未执行的数据迁移
  --help                                                            显示本说明
连接云开发（--env）需要环境变量 TENCENTCLOUD_SECRETID、TENCENTCLOUD_SECRETKEY；bootstrap 还需要 PS_MEMBER_ID_SECRET。`

function required(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`缺少 ${flag}\n${USAGE}`)
  return value
}

/** Parses the command line; a mistake is an error carrying the usage text. */
export function parseAdminArgs(argv: string[]): { target: Target; command: Command } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      env: { type: 'string' },
      name: { type: 'string' },
      'admin-name': { type: 'string' },
      phone: { type: 'string' },
      out: { type: 'string' },
      in: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.url && values.env) throw new Error('--url（本地模拟器）和 --env（云开发环境）只能给出一个')
  // Without either, the local emulator on its default port, as `npm run seed` does: never a cloud environment by accident.
  const target: Target = values.env ? { kind: 'cloudbase', env: values.env } : { kind: 'emulator', url: values.url ?? `http://127.0.0.1:${DEFAULT_PORT}` }
  if (values.help) return { target, command: { name: 'help' } }
  if (positionals.length !== 1) throw new Error(USAGE)
  switch (positionals[0]) {
    case 'bootstrap':
      return {
        target,
        command: {
          name: 'bootstrap',
          committeeName: required(values.name, '--name'),
          adminName: required(values['admin-name'], '--admin-name'),
          phone: required(values.phone, '--phone')
        }
      }
    case 'export':
      return { target, command: { name: 'export', out: required(values.out, '--out') } }
    case 'import':
      return { target, command: { name: 'import', in: required(values.in, '--in'), force: values.force ?? false } }
    case 'migrate':
      return { target, command: { name: 'migrate' } }
    default:
      throw new Error(`未知命令“${positionals[0]}”\n${USAGE}`)
  }
}
