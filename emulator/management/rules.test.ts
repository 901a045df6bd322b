import { Database } from '../database'
import { ruleActions } from './rules'
import type { ManagementDeps } from './types'

const env = 'local'

describe('management: database security rules', () => {
  let deps: ManagementDeps
  beforeEach(async () => {
    const db = new Database()
    await db.open()
    await db.state.createCollection('units')
    deps = { db, env }
  })
  const call = async (action: string, params: Record<string, unknown>) => ruleActions[action]({ EnvId: env, CollectionName: 'units', ...params }, deps)

  it('reports the default preset until a rule is set, then reads back exactly the custom rule', async () => {
    expect(await call('DescribeSafeRule', {})).toEqual({ AclTag: 'ADMINONLY' })
    await call('ModifySafeRule', { AclTag: 'CUSTOM', Rule: JSON.stringify({ read: false, write: 'auth.openid == doc._openid' }) })
    const described = await call('DescribeSafeRule', {})
    expect(described.AclTag).toBe('CUSTOM')
    expect(JSON.parse(described.Rule as string)).toEqual({ read: false, write: 'auth.openid == doc._openid' })
    expect(await call('DescribeDatabaseACL', {})).toEqual({ AclTag: 'CUSTOM' })
  })

  it('sets presets through ModifyDatabaseACL and drops a previous custom rule', async () => {
    await call('ModifySafeRule', { AclTag: 'CUSTOM', Rule: '{"read":true,"write":false}' })
    await call('ModifyDatabaseACL', { AclTag: 'READONLY' })
    expect(await call('DescribeSafeRule', {})).toEqual({ AclTag: 'READONLY' })
  })

  it('refuses a bad tag, a rule that is not a JSON object, and a missing collection', async () => {
    await expect(call('ModifySafeRule', { AclTag: 'EVERYONE' })).rejects.toMatchObject({ code: 'InvalidParameter' })
    await expect(call('ModifySafeRule', { AclTag: 'CUSTOM', Rule: '[1]' })).rejects.toMatchObject({ code: 'InvalidParameter' })
    await expect(call('ModifySafeRule', { AclTag: 'CUSTOM', Rule: '{"read":1}' })).rejects.toMatchObject({ code: 'InvalidParameter' })
    await expect(call('DescribeSafeRule', { CollectionName: 'nope' })).rejects.toMatchObject({ code: 'ResourceNotFound.TableNotExist' })
  })
})
