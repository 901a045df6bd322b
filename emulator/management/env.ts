import { checkEnv } from './params'
import type { ManagementTable } from './types'

/** The database instance id the emulator reports; manager-node sends it back as MongoConnector.DatabaseName. */
export const LOCAL_DATABASE_INSTANCE = 'tnt-local'

/**
 * `DescribeEnvInfo`: manager-node asks it once before its first database call
 * (its `lazyInit`) and reads `EnvInfo.EnvBaseInfo` (EnvId, Databases[0].InstanceId).
 */
export const envActions: ManagementTable = {
  DescribeEnvInfo(params, deps) {
    checkEnv(params, deps)
    return {
      EnvInfo: {
        EnvBaseInfo: {
          EnvId: deps.env,
          Alias: deps.env,
          Status: 'NORMAL',
          Source: 'miniapp',
          Region: 'ap-shanghai',
          Databases: [{ InstanceId: LOCAL_DATABASE_INSTANCE, Region: 'ap-shanghai', Status: 'RUNNING' }],
          Storages: [],
          Functions: [],
          LogServices: [],
          StaticStorages: []
        }
      }
    }
  }
}
