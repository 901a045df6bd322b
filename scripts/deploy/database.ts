/**
 * The database part of a deploy, the same against CloudBase and the emulator:
 * every declared collection (`migrations` among them), its indexes, its security rule
 * (set only when it differs, then read back), then the pending migrations.
 * It reports what it changed, so a second deploy with nothing changed can be
 * seen to change nothing. Indexes are created, never dropped or rebuilt: an
 * online index whose definition differs from the declaration stops the deploy
 * with instructions, since dropping a unique index on live data is a decision
 * for a person.
 */
import { isDeepStrictEqual } from 'node:util'
import { COLLECTIONS, type IndexDeclaration } from '../../cloudfunctions/_shared/data/collections'
import { MIGRATIONS } from '../../migrations'
import type { Db } from '../admin/target'
import type { Migration } from '../migrations/migration'
import { runPendingMigrations } from '../migrations/run'
import { createIndexRequest } from './collections-plan'
import type { DatabaseTarget, OnlineIndex } from './target'
import type { CollectionPlan } from './types'

export interface DatabaseReport {
  collectionsCreated: string[]
  /** `collection.index` */
  indexesCreated: string[]
  rulesSet: string[]
  migrationsApplied: string[]
  migrationsSkipped: string[]
}

export interface DatabaseOptions {
  log: (line: string) => void
  /** The environment's database (node SDK) for migrations; without it none run. */
  db?: Db
  migrations?: Migration[]
  /** Index declarations by collection (default: collections.ts, which also carries `sparse`). */
  declarations?: Array<{ name: string; indexes?: IndexDeclaration[] }>
}

export const changedAnything = (report: DatabaseReport): boolean =>
  report.collectionsCreated.length + report.indexesCreated.length + report.rulesSet.length + report.migrationsApplied.length > 0

function sameDefinition(online: OnlineIndex, declared: IndexDeclaration): boolean {
  const keys = Object.entries(declared.keys).map(([name, direction]) => ({ name, direction: String(direction) }))
  return online.unique === (declared.unique === true) && isDeepStrictEqual(online.keys, keys)
}

async function ensureIndexes(target: DatabaseTarget, collection: string, declared: IndexDeclaration[]): Promise<string[]> {
  const online = await target.listIndexes(collection)
  const missing: IndexDeclaration[] = []
  for (const index of declared) {
    const found = online.find((o) => o.name === index.name)
    if (!found) missing.push(index)
    else if (!sameDefinition(found, index)) {
      throw new Error(
        `集合 ${collection} 的索引 ${index.name} 与声明不一致（线上 ${JSON.stringify(found)}，声明 ${JSON.stringify(index)}）：请确认后在控制台删除该索引，再重新部署`
      )
    }
  }
  if (missing.length > 0) await target.createIndexes(collection, missing.map(createIndexRequest))
  return missing.map((index) => `${collection}.${index.name}`)
}

async function ensureRule(target: DatabaseTarget, collection: string, rule: Record<string, unknown>): Promise<boolean> {
  if (isDeepStrictEqual(await target.readCollectionRule(collection), rule)) return false
  await target.setCollectionRule(collection, rule)
  const online = await target.readCollectionRule(collection)
  if (!isDeepStrictEqual(online, rule)) throw new Error(`集合 ${collection} 的安全规则设置后读回不一致：${JSON.stringify(online)}`)
  return true
}

export async function deployDatabase(collections: CollectionPlan[], target: DatabaseTarget, opts: DatabaseOptions): Promise<DatabaseReport> {
  const report: DatabaseReport = { collectionsCreated: [], indexesCreated: [], rulesSet: [], migrationsApplied: [], migrationsSkipped: [] }
  const declarations = opts.declarations ?? COLLECTIONS
  for (const collection of collections) {
    if (await target.createCollectionIfNotExists(collection.name)) report.collectionsCreated.push(collection.name)
    const created = await ensureIndexes(target, collection.name, declarations.find((d) => d.name === collection.name)?.indexes ?? [])
    report.indexesCreated.push(...created)
    if (await ensureRule(target, collection.name, collection.rules)) report.rulesSet.push(collection.name)
    opts.log(`  集合 ${collection.name}：${report.collectionsCreated.includes(collection.name) ? '新建，' : ''}新建索引 ${created.length} 个，规则已核对`)
  }
  if (opts.db) {
    const run = await runPendingMigrations(opts.db, opts.migrations ?? MIGRATIONS, opts.log)
    report.migrationsApplied = run.applied
    report.migrationsSkipped = run.skipped
    opts.log(run.applied.length > 0 ? `  已执行迁移：${run.applied.join(', ')}` : '  没有待执行的迁移')
  }
  return report
}
