import { ensureCollection, MIGRATIONS_COLLECTION } from '../admin/collections'
import { forEachPage } from '../admin/paging'
import type { Db } from '../admin/target'
import { MIGRATION_ID, type Migration } from './migration'

export interface MigrationRun {
  applied: string[]
  skipped: string[]
}

/** Ids must be well formed, unique and listed in order: the order is the upgrade path every environment takes. */
function checkList(migrations: Migration[]): void {
  migrations.forEach((migration, i) => {
    if (!MIGRATION_ID.test(migration.id)) throw new Error(`迁移编号“${migration.id}”不符合 NNN-name 格式`)
    if (i > 0 && migrations[i - 1].id >= migration.id) throw new Error(`迁移列表顺序错误或重复：“${migrations[i - 1].id}”应在“${migration.id}”之前且不重复`)
  })
}

async function appliedIds(db: Db): Promise<Set<string>> {
  const ids = new Set<string>()
  await forEachPage(db, MIGRATIONS_COLLECTION, async (docs) => {
    for (const doc of docs) ids.add(doc._id)
  })
  return ids
}

/**
 * Applies the migrations this environment has not had, in order, each once:
 * a document per applied migration in `migrations` (its id, appliedAt). The
 * record is written only after `up` succeeded, so a failure (or a crash) leaves
 * that migration pending to be run again (migrations are idempotent, see
 * migration.ts), and the run stops there: later migrations may rely on it.
 * Not meant to run twice at the same moment against one environment.
 */
export async function runPendingMigrations(db: Db, migrations: Migration[], log: (line: string) => void = () => undefined): Promise<MigrationRun> {
  checkList(migrations)
  // Not declared in collections.ts (yet), so created here on first use.
  await ensureCollection(db, MIGRATIONS_COLLECTION)
  const done = await appliedIds(db)
  const run: MigrationRun = { applied: [], skipped: [] }
  for (const migration of migrations) {
    if (done.has(migration.id)) {
      run.skipped.push(migration.id)
      continue
    }
    log(`执行迁移 ${migration.id}：${migration.description}`)
    try {
      await migration.up(db)
    } catch (error) {
      throw new Error(`迁移 ${migration.id} 失败，未记录为已执行，后续迁移未执行：${(error as Error).message}`, { cause: error })
    }
    await db.collection(MIGRATIONS_COLLECTION).doc(migration.id).set({ description: migration.description, appliedAt: new Date() })
    run.applied.push(migration.id)
  }
  return run
}
