import type { IndexSpec } from '../database'
import { ManagementCode, refuse } from './errors'

/** The platform's view of an index (DescribeTable's `Indexes[]`). */
export interface IndexInfo {
  Name: string
  Size: number
  Unique: boolean
  Keys: Array<{ Name: string; Direction: string }>
  Accesses: { Ops: number; Since: string }
}

/** The index every collection has and nobody may drop. */
export const ID_INDEX = '_id_'

const SINCE = new Date(0).toISOString()

export function indexInfo(spec: IndexSpec): IndexInfo {
  return {
    Name: spec.name,
    Size: 0,
    Unique: spec.unique === true,
    Keys: Object.entries(spec.keys).map(([Name, direction]) => ({ Name, Direction: String(direction) })),
    Accesses: { Ops: 0, Since: SINCE }
  }
}

export const idIndexInfo = (): IndexInfo => ({ ...indexInfo({ name: ID_INDEX, keys: { _id: 1 } }), Unique: true })

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function direction(value: unknown, index: string): 1 | -1 {
  if (value === '1' || value === 1) return 1
  if (value === '-1' || value === -1) return -1
  return refuse(ManagementCode.INVALID_PARAMETER, `索引 ${index} 的方向 ${JSON.stringify(value)} 不受支持（模拟器只支持 "1" 和 "-1"）`)
}

/** One `CreateIndexes[]` item (`{ IndexName, MgoKeySchema: { MgoIndexKeys, MgoIsUnique, MgoIsSparse? } }`) as the database's spec. */
export function specOfCreateIndex(item: unknown): IndexSpec {
  if (!isRecord(item) || typeof item.IndexName !== 'string' || item.IndexName === '' || !isRecord(item.MgoKeySchema)) {
    return refuse(ManagementCode.INVALID_PARAMETER, 'CreateIndexes 的每一项应为 { IndexName, MgoKeySchema }')
  }
  const name = item.IndexName
  if (name === ID_INDEX) refuse(ManagementCode.INVALID_PARAMETER, `索引名 ${ID_INDEX} 是保留的`)
  const schema = item.MgoKeySchema
  const keys = schema.MgoIndexKeys
  if (!Array.isArray(keys) || keys.length === 0) refuse(ManagementCode.INVALID_PARAMETER, `索引 ${name} 缺少 MgoIndexKeys`)
  const spec: IndexSpec = { name, keys: {} }
  for (const key of keys) {
    if (!isRecord(key) || typeof key.Name !== 'string' || key.Name === '')
      refuse(ManagementCode.INVALID_PARAMETER, `索引 ${name} 的字段应为 { Name, Direction }`)
    if (key.Name in spec.keys) refuse(ManagementCode.INVALID_PARAMETER, `索引 ${name} 的字段 ${key.Name} 重复`)
    spec.keys[key.Name] = direction(key.Direction, name)
  }
  if (schema.MgoIsUnique === true) spec.unique = true
  if (schema.MgoIsSparse === true) spec.sparse = true
  return spec
}

/** The same index: name, keys in order, uniqueness and sparseness. */
export function sameIndex(a: IndexSpec, b: IndexSpec): boolean {
  const keys = (spec: IndexSpec): string => JSON.stringify(Object.entries(spec.keys))
  return a.name === b.name && keys(a) === keys(b) && (a.unique === true) === (b.unique === true) && (a.sparse === true) === (b.sparse === true)
}
