import { Database } from '../database'
import { answer } from './route'

const SIGNED = 'TC3-HMAC-SHA256 Credential=local/2026-01-01/tcb/tc3_request, SignedHeaders=content-type;host, Signature=' + 'a'.repeat(64)

describe('management: the cloud API envelope', () => {
  let db: Database
  beforeEach(async () => {
    db = new Database()
    await db.open()
  })
  const deps = () => ({ db, env: 'local' })

  it('answers a signed call with Response and a RequestId', async () => {
    const reply = await answer('DescribeEnvInfo', SIGNED, { EnvId: 'local' }, deps())
    expect(reply.Response).toMatchObject({
      EnvInfo: { EnvBaseInfo: { EnvId: 'local', Databases: [{ InstanceId: expect.any(String) }] } },
      RequestId: expect.any(String)
    })
  })

  it('refuses unsigned calls, unknown actions and bad parameters in the error shape', async () => {
    expect((await answer('ListTables', undefined, { EnvId: 'local' }, deps())).Response.Error).toMatchObject({ Code: 'AuthFailure.SignatureFailure' })
    expect((await answer('ListTables', 'Bearer x', { EnvId: 'local' }, deps())).Response.Error).toMatchObject({ Code: 'AuthFailure.SignatureFailure' })
    expect((await answer('DeleteEnv', SIGNED, { EnvId: 'local' }, deps())).Response.Error).toMatchObject({ Code: 'InvalidAction' })
    expect((await answer('CreateTable', SIGNED, { EnvId: 'local' }, deps())).Response.Error).toMatchObject({
      Code: 'InvalidParameter',
      Message: expect.stringContaining('TableName')
    })
    expect((await answer('CreateTable', SIGNED, [], deps())).Response.Error).toMatchObject({ Code: 'InvalidParameter' })
  })
})
