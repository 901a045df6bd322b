import { EmulatorError, ErrorCode } from '../core/errors'
import { ManagementCode, refuse } from './errors'
import { idIndexInfo, indexInfo, sameIndex, specOfCreateIndex, ID_INDEX } from './index-specs'
import { checkEnv, existingTable, stringParam } from './params'
import type { ManagementDeps, ManagementTable } from './types'
import type { IndexSpec } from '../database'

const MAX_LIST = 1000

function nonNegative(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback
}

/** Creates and drops in one UpdateTable are refused, as the platform does: one kind of change per call. */
function nextIndexes(current: IndexSpec[], params: Record<string, unknown>, table: string): IndexSpec[] {
  const creates = params.CreateIndexes
  const drops = params.DropIndexes
  const hasCreates = Array.isArray(creates) && creates.length > 0
  const hasDrops = Array.isArray(drops) && drops.length > 0
  if (hasCreates && hasDrops) refuse(ManagementCode.INVALID_PARAMETER, 'CreateIndexes 和 DropIndexes 不能在同一次调用中同时使用')
  if (!hasCreates && !hasDrops) refuse(ManagementCode.INVALID_PARAMETER, 'UpdateTable 需要 CreateIndexes 或 DropIndexes')
  const next = [...current]
  if (hasCreates) {
    for (const spec of (creates as unknown[]).map(specOfCreateIndex)) {
      const existing = next.find((index) => index.name === spec.name)
      if (existing && !sameIndex(existing, spec)) refuse(ManagementCode.INDEX_EXISTS, `集合 ${table} 已有名为 ${spec.name} 的索引，且定义不同`)
      if (!existing) next.push(spec)
    }
    return next
  }
  for (const drop of drops as unknown[]) {
    const name = (drop as { IndexName?: unknown } | null)?.IndexName
    if (typeof name !== 'string' || name === '') refuse(ManagementCode.INVALID_PARAMETER, 'DropIndexes 的每一项应为 { IndexName }')
    if (name === ID_INDEX) refuse(ManagementCode.INVALID_PARAMETER, `索引 ${ID_INDEX} 不能删除`)
    const at = next.findIndex((index) => index.name === name)
    if (at < 0) refuse(ManagementCode.INDEX_NOT_FOUND, `集合 ${table} 没有名为 ${name} 的索引`)
    next.splice(at, 1)
  }
  return next
}

async function updateTable(params: Record<string, unknown>, deps: ManagementDeps): Promise<Record<string, unknown>> {
  checkEnv(params, deps)
  const table = existingTable(params, deps)
  const next = nextIndexes(deps.db.state.collection(table).indexes, params, table)
  try {
    await deps.db.state.setIndexes(table, next)
  } catch (error) {
    if (error instanceof EmulatorError && error.code === ErrorCode.DUPLICATE_WRITE) refuse(ManagementCode.DUPLICATE_KEY, error.message)
    throw error
  }
  return {}
}

/**
 * Collections through the management API (tcb 2018-06-08), as manager-node's
 * `database` calls them: CreateTable, DescribeTable (its checkCollectionExists,
 * checkIndexExists), ListTables, UpdateTable (indexes).
 */
export const tableActions: ManagementTable = {
  async CreateTable(params, deps) {
    checkEnv(params, deps)
    const name = stringParam(params, 'TableName')
    if (deps.db.state.has(name)) refuse(ManagementCode.TABLE_EXISTS, `Table exist: 集合 ${name} 已存在`)
    await deps.db.state.createCollection(name)
    return {}
  },
  DescribeTable(params, deps) {
    checkEnv(params, deps)
    const collection = deps.db.state.collection(existingTable(params, deps))
    const indexes = [idIndexInfo(), ...collection.indexes.map(indexInfo)]
    return { IndexNum: indexes.length, Indexes: indexes }
  },
  ListTables(params, deps) {
    checkEnv(params, deps)
    const offset = nonNegative(params.MgoOffset, 0)
    const limit = Math.min(nonNegative(params.MgoLimit, 100), MAX_LIST)
    const all = [...deps.db.state.collections.values()].sort((a, b) => a.name.localeCompare(b.name))
    const tables = all
      .slice(offset, offset + limit)
      .map((c) => ({ TableName: c.name, Count: c.docs.size, Size: 0, IndexCount: c.indexes.length + 1, IndexSize: 0 }))
    return { Tables: tables, Pager: { Offset: offset, Limit: limit, Total: all.length } }
  },
  UpdateTable: updateTable
}
