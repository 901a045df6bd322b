/**
 * Collections, indexes and rules in the plan, straight from the one declaration
 * (cloudfunctions/_shared/data/collections.ts), and the requests the management
 * API takes for each index. The plan shows what the platform is asked for; the
 * request adds `sparse`, which the plan's fixed shape does not carry but the
 * members' openid index needs (unbound members have no openid).
 */
import { COLLECTIONS, type CollectionDeclaration, type IndexDeclaration } from '../../cloudfunctions/_shared/data/collections'
import type { CollectionPlan } from './types'

export function planCollections(declarations: CollectionDeclaration[] = COLLECTIONS): { collections: CollectionPlan[]; errors: string[] } {
  const errors: string[] = []
  const collections = declarations.map((c) => {
    if (c.rules.read !== false || c.rules.write !== false) errors.push(`集合 ${c.name} 的安全规则不是禁止客户端读写`)
    return {
      name: c.name,
      indexes: (c.indexes ?? []).map((i) => ({
        name: i.name,
        unique: i.unique === true,
        keys: Object.entries(i.keys).map(([name, direction]) => ({ name, direction }))
      })),
      rules: { read: c.rules.read, write: c.rules.write }
    }
  })
  return { collections, errors }
}

/** manager-node `updateCollection(name, { CreateIndexes: [this] })`. */
export interface CreateIndexRequest {
  IndexName: string
  MgoKeySchema: {
    MgoIndexKeys: Array<{ Name: string; Direction: string }>
    MgoIsUnique: boolean
    MgoIsSparse: boolean
  }
}

export function createIndexRequest(index: IndexDeclaration): CreateIndexRequest {
  return {
    IndexName: index.name,
    MgoKeySchema: {
      MgoIndexKeys: Object.entries(index.keys).map(([Name, direction]) => ({ Name, Direction: String(direction) })),
      MgoIsUnique: index.unique === true,
      MgoIsSparse: index.sparse === true
    }
  }
}
