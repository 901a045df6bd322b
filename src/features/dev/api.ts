import { ApiError } from '@/api/errors'

// Only imported by DevUserSwitcher.h5.tsx, so the weapp build never contains it.

export interface DemoUser {
  openId: string
  name: string
  label: string
}

/** The emulator's seeded demo identities. */
export async function listDemoUsers(): Promise<DemoUser[]> {
  let res: Response
  try {
    res = await fetch('/gateway/demo-users')
  } catch (cause) {
    throw new ApiError('NETWORK', '无法连接本地模拟器', { cause })
  }
  if (!res.ok) throw new ApiError(`HTTP_${res.status}`, `获取演示用户失败（${res.status}）`)
  const body = (await res.json()) as { users?: DemoUser[] }
  return Array.isArray(body.users) ? body.users : []
}
