import { parseAdminArgs } from './args'
import { sdkOptions } from './target'

describe('admin targets', () => {
  it('points the same SDK at the emulator by serviceUrl, or at CloudBase with the API key from the environment', () => {
    expect(sdkOptions({ kind: 'emulator', url: 'http://127.0.0.1:9100/' })).toMatchObject({ env: 'local', serviceUrl: 'http://127.0.0.1:9100/admin' })
    expect(sdkOptions({ kind: 'cloudbase', env: 'prod-1' }, { TENCENTCLOUD_SECRETID: 'id', TENCENTCLOUD_SECRETKEY: 'key' })).toEqual({
      env: 'prod-1',
      secretId: 'id',
      secretKey: 'key'
    })
    expect(() => sdkOptions({ kind: 'cloudbase', env: 'prod-1' }, {})).toThrow('TENCENTCLOUD_SECRETID')
  })

  it('parses commands and refuses ambiguous or incomplete ones', () => {
    expect(parseAdminArgs(['--env', 'prod-1', 'import', '--in', 'b.ndjson', '--force'])).toEqual({
      target: { kind: 'cloudbase', env: 'prod-1' },
      command: { name: 'import', in: 'b.ndjson', force: true }
    })
    expect(parseAdminArgs(['migrate']).target).toMatchObject({ kind: 'emulator' })
    expect(() => parseAdminArgs(['--url', 'http://x', '--env', 'e', 'migrate'])).toThrow('只能给出一个')
    expect(() => parseAdminArgs(['bootstrap', '--name', '党委'])).toThrow('--admin-name')
    expect(() => parseAdminArgs(['drop'])).toThrow('未知命令')
  })
})
