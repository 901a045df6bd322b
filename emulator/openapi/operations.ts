/**
 * `wx.*` actions of the SDK endpoint. `app.callWxOpenApi({ apiName, requestData })`
 * (node-sdk 3.18.3, `src/wx/index.ts`) posts `wx.api` with `apiName` (e.g.
 * `/cgi-bin/message/subscribe/send`) and `requestData` as a JSON string ('' when
 * absent), and reads `data.responseData` (a JSON string) as the WeChat reply. WeChat's
 * own errors (47003, 43101, …) come back inside that reply, not as SDK errors.
 *
 * `callCompatibleWxOpenApi` (`wx.openApi`) posts multipart form data with a Buffer and
 * expects raw bytes back; the emulator does not offer it (see the message below).
 */
import { EmulatorError, ErrorCode } from '../core/errors'
import type { ActionTable } from '../core/types'
import type { OpenApiOutbox } from './outbox'
import { isMsgSecCheck, msgSecCheck } from './msg-sec-check'
import { isWxacodeUnlimited, wxacodeUnlimited } from './wxacode'

function parseRequestData(raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return {}
  if (typeof raw !== 'string') return raw
  try {
    return JSON.parse(raw)
  } catch {
    throw new EmulatorError(ErrorCode.INVALID_PARAM, 'requestData 不是有效的 JSON 字符串')
  }
}

const unsupported = (action: string, sdkMethod: string) => () => {
  throw new EmulatorError(
    ErrorCode.INVALID_ACTION,
    `模拟器不支持 ${action}（${sdkMethod}）：请改用 app.callWxOpenApi({ apiName, requestData })（action wx.api）`
  )
}

export function openApiActions(outbox: OpenApiOutbox): ActionTable {
  return {
    'wx.api': (body) => {
      const { apiName } = body
      if (typeof apiName !== 'string' || apiName === '') {
        throw new EmulatorError(ErrorCode.INVALID_PARAM, 'apiName 不能为空')
      }
      const data = parseRequestData(body.requestData)
      const result = isWxacodeUnlimited(apiName)
        ? wxacodeUnlimited(outbox, apiName, data)
        : isMsgSecCheck(apiName)
          ? msgSecCheck(outbox, apiName, data)
          : outbox.send(apiName, data)
      return { data: { responseData: JSON.stringify(result) } }
    },
    'wx.openApi': unsupported('wx.openApi', 'callCompatibleWxOpenApi'),
    'wx.wxPayApi': unsupported('wx.wxPayApi', 'callWxPayApi')
  }
}
