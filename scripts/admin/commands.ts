import { join } from 'node:path'
import { MIGRATIONS } from '../../migrations'
import { loadDeployConfig } from '../deploy/config'
import { runPendingMigrations } from '../migrations/run'
import type { Command } from './args'
import { bootstrap } from './bootstrap'
import { exportDatabase } from './export'
import { importDatabase } from './import'
import { adoptMemberIdSecret } from './secrets'
import { connect, type Target } from './target'

/** Where the command's output goes: the invite to `out` (stdout), everything else to `log` (stderr). */
export interface Output {
  out(line: string): void
  log(line: string): void
}

const summary = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} ${n}`)
    .join('，') || '无数据'

const maskPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`

export async function runCommand(target: Target, command: Exclude<Command, { name: 'help' }>, io: Output): Promise<void> {
  // Credentials (and, for bootstrap, the member-id key) are checked before any request is made.
  const app = connect(target)
  // bootstrap stores the config's quotaDefaults as the 党委's first quota settings: a broken config is refused before any request.
  const config = command.name === 'bootstrap' ? loadDeployConfig(join(__dirname, '..', '..')) : null
  if (config && config.errors.length > 0) throw new Error(`party-study.config.json 有误，未做任何修改：\n${config.errors.join('\n')}`)
  if (command.name === 'bootstrap') await adoptMemberIdSecret(target)
  const db = app.database()
  io.log(`目标：${target.kind === 'emulator' ? `本地模拟器 ${target.url}` : `云开发环境 ${target.env}`}`)
  switch (command.name) {
    case 'bootstrap': {
      const result = await bootstrap(db, command, { quotaDefaults: config?.config?.quotaDefaults })
      io.log(
        result.committee.created
          ? `已设立党委“${result.committee.name}”（${result.committee.id}）`
          : `党委“${result.committee.name}”（${result.committee.id}）已存在，未新建`
      )
      io.log(
        result.admin.created
          ? `已添加组织部管理员“${result.admin.name}”（${maskPhone(command.phone)}）`
          : `管理员“${result.admin.name}”已存在，未新建；此前的邀请码已作废`
      )
      io.log(
        result.quotasSet
          ? '已按 party-study.config.json 的 quotaDefaults 设置党委的考核要求（组织部可在看板中修改）'
          : '党委的考核要求已有设置（或配置中没有 quotaDefaults），未改动'
      )
      // The invite is the one secret printed, once, on stdout (so it can be piped); nowhere else.
      io.out(`邀请码：${result.invite.code}`)
      io.out(`加入路径：${result.invite.joinPath}`)
      io.out(`有效期至：${result.invite.expiresAt.toISOString()}（一次性，请只交给管理员本人）`)
      return
    }
    case 'export':
      io.log(`已备份到 ${command.out}：${summary(await exportDatabase(db, command.out))}`)
      return
    case 'import':
      io.log(`已从 ${command.in} 恢复：${summary(await importDatabase(db, command.in, { force: command.force }))}`)
      return
    case 'migrate': {
      const run = await runPendingMigrations(db, MIGRATIONS, io.log)
      io.log(run.applied.length > 0 ? `已执行迁移：${run.applied.join('、')}` : '没有待执行的迁移')
      return
    }
  }
}
