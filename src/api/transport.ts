import { ApiError } from './errors'
import type { CallEvent } from './types'

// Taro resolves `./transport` per platform (transport.weapp.ts,
// transport.h5.ts) before this file; TypeScript resolves it here. So this file
// only gives the type, and fails loudly on a platform that has no transport
// rather than guessing.
export function send(name: string, _event: CallEvent): Promise<unknown> {
  return Promise.reject(new ApiError('NO_TRANSPORT', `当前平台（${process.env.TARO_ENV}）不支持调用云函数 ${name}`))
}
