import Taro from '@tarojs/taro'
import { ApiError } from './errors'
import type { Transport } from './types'

/** weapp: the real CloudBase; wx.cloud adds the caller's OPENID on the server side. */
export const send: Transport = async (name, event) => {
  try {
    const res = await Taro.cloud.callFunction({ name, data: event })
    return res.result
  } catch (cause) {
    // wx.cloud rejects with { errCode, errMsg } (not deployed, timeout, offline…).
    throw new ApiError('CALL_FAILED', '服务暂时不可用，请检查网络后重试', { cause })
  }
}
