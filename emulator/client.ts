import tcb from '@cloudbase/node-sdk'

// Outside a function the SDK probes a cloud metadata address on every call; this marks the process as "not needing it".
process.env.TENCENTCLOUD = 'true'

/** The unmodified SDK pointed at a running emulator, as scripts and tests outside functions use it. */
export function localSdk(adminUrl: string): ReturnType<typeof tcb.init> {
  return tcb.init({ env: 'local', serviceUrl: adminUrl, secretId: 'local', secretKey: 'local' })
}
