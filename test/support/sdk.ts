import tcb from '@cloudbase/node-sdk'

// Outside a function the SDK probes a cloud metadata address on every call; this marks the process as "not needing it".
process.env.TENCENTCLOUD = 'true'

/** The unmodified SDK, pointed at an emulator exactly as the issue prescribes. */
export function sdkFor(adminUrl: string): ReturnType<typeof tcb.init> {
  return tcb.init({ env: 'local', serviceUrl: adminUrl, secretId: 'local', secretKey: 'local' })
}
