/**
 * The database half of the DeployTarget over manager-node: collections and
 * indexes through `app.database` (CreateTable, DescribeTable, UpdateTable),
 * security rules through the tcb API (ModifySafeRule / DescribeSafeRule).
 */
import type { ManagerApp } from './manager-node'
import type { DatabaseTarget, OnlineIndex } from './target'

/** Every collection has it; the deploy neither declares nor compares it. */
const ID_INDEX = '_id_'

export function managerDatabaseTarget(app: ManagerApp, envId: string): DatabaseTarget {
  const tcb = () => app.commonService()
  return {
    async createCollectionIfNotExists(name) {
      return (await app.database.createCollectionIfNotExists(name)).IsCreated
    },
    async listIndexes(collection): Promise<OnlineIndex[]> {
      const described = await app.database.describeCollection(collection)
      return (described.Indexes ?? [])
        .filter((index) => index.Name !== ID_INDEX)
        .map((index) => ({
          name: index.Name,
          unique: index.Unique === true,
          keys: (index.Keys ?? []).map((key) => ({ name: key.Name ?? '', direction: String(key.Direction ?? '') }))
        }))
    },
    async createIndexes(collection, indexes) {
      await app.database.updateCollection(collection, { CreateIndexes: indexes })
    },
    async setCollectionRule(collection, rule) {
      await tcb().call({ Action: 'ModifySafeRule', Param: { EnvId: envId, CollectionName: collection, AclTag: 'CUSTOM', Rule: JSON.stringify(rule) } })
    },
    async readCollectionRule(collection) {
      const reply = (await tcb().call({ Action: 'DescribeSafeRule', Param: { EnvId: envId, CollectionName: collection } })) as {
        AclTag?: unknown
        Rule?: unknown
      }
      return reply.AclTag === 'CUSTOM' && typeof reply.Rule === 'string' ? (JSON.parse(reply.Rule) as Record<string, unknown>) : null
    }
  }
}
