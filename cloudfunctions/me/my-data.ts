import type { MyData } from '../_shared/contract/me'
import { callerOpenId } from '../_shared/data/client'
import { myRecords } from '../_shared/data/me/my-records'
import { memberByOpenId } from '../_shared/data/member-by-openid'
import { myDataView } from '../_shared/domain/me/my-data-view'
import { myDataWorkbook } from '../_shared/domain/me/my-data-workbook'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

/**
 * 我的数据: everything stored about the caller. Whose is decided by the
 * OPENID the platform injected; the payload is empty (the schema refuses a
 * member id), so nobody reads another member's records through it.
 */
export async function myData(): Promise<MyData> {
  const openId = callerOpenId()
  if (!openId) throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '无法识别当前微信用户，请在微信中打开')
  const member = await memberByOpenId(openId, { activeOnly: true })
  if (!member) throw new AppFailure(AppErrorCode.FORBIDDEN, '你还未加入党组织，系统没有保存你的党员信息')
  return myDataView(await myRecords(member), now())
}

/** The same tables as an .xlsx file. */
export async function exportMyData(): Promise<{ fileName: string; base64: string }> {
  const { fileName, buffer } = await myDataWorkbook(await myData())
  return { fileName, base64: buffer.toString('base64') }
}
