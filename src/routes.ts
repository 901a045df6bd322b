/**
 * Every page's path, in one place. Plain strings, so the tab pages can link to
 * the subpackages without pulling any of their code into the main package.
 */
const ORG = '/packages/org/pages'
const NOTICES = '/packages/notices/pages'
const MEETINGS = '/packages/meetings/pages'
const DASHBOARD = '/packages/dashboard/pages'
const FEEDBACK = '/packages/feedback/pages'
const ME = '/packages/me/pages'
const SIGNIN = '/packages/signin/pages'

function withQuery(path: string, params: Record<string, string | undefined> = {}): string {
  const pairs = Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))
  return pairs.length ? `${path}?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}` : path
}

export const routes = {
  home: '/pages/home/index',
  work: '/pages/work/index',
  me: '/pages/me/index',
  orgMembers: (unitId: string) => withQuery(`${ORG}/members/index`, { unitId }),
  orgUnits: () => `${ORG}/units/index`,
  orgImport: (unitId: string) => withQuery(`${ORG}/import/index`, { unitId }),
  orgAudit: (unitId: string) => withQuery(`${ORG}/audit/index`, { unitId }),
  orgInvite: (code: string) => withQuery(`${ORG}/invite/index`, { code }),
  orgJoin: (code?: string) => withQuery(`${ORG}/join/index`, { code }),
  /** The same path the server puts in subscribe messages and push share links. */
  noticeDetail: (id: string) => withQuery(`${NOTICES}/detail/index`, { id }),
  /** With `id`, reopens that saved draft for editing. */
  noticeImport: (id?: string) => withQuery(`${NOTICES}/import/index`, { id }),
  noticeBranch: (id: string, unitId: string) => withQuery(`${NOTICES}/branch/index`, { id, unitId }),
  /** 学习安排管理 above a branch; 本支部学习安排 (the notices sent there) for a branch. */
  noticeManage: (unitId: string) => withQuery(`${NOTICES}/manage/index`, { unitId }),
  /** 组织生活: a unit's meetings (即将召开 / 已召开), for those who run them. */
  meetingManage: (unitId: string) => withQuery(`${MEETINGS}/manage/index`, { unitId }),
  meetingRule: (unitId: string) => withQuery(`${MEETINGS}/rule/index`, { unitId }),
  meetingCreate: (unitId: string) => withQuery(`${MEETINGS}/edit/index`, { unitId }),
  meetingEdit: (id: string) => withQuery(`${MEETINGS}/edit/index`, { id }),
  /** The same page as the server's sharePath (MEETING_DETAIL_PAGE). */
  meetingDetail: (id: string) => withQuery(`${MEETINGS}/detail/index`, { id }),
  /** The host's check-in screen: the rotating QR code and the live list. */
  meetingScreen: (id: string) => withQuery(`${MEETINGS}/screen/index`, { id }),
  /** The page the QR code opens (CHECKIN_PAGE), with its token. */
  meetingCheckin: (token: string) => withQuery(`${MEETINGS}/checkin/index`, { t: token }),
  meetingRecord: (id: string) => withQuery(`${MEETINGS}/record/index`, { id }),
  meetingMakeup: () => `${MEETINGS}/makeup/index`,
  /** 数据看板: the same page as the server's reminders (DASHBOARD_PAGE); without unitId, the caller's widest scope. */
  dashboard: (unitId?: string, tab?: 'quotas') => withQuery(`${DASHBOARD}/index/index`, { unitId, tab }),
  /** 年度要求设置, for the 组织部. */
  dashboardQuotas: () => `${DASHBOARD}/quotas/index`,
  /** 投诉建议: write to the 组织部 or the 党总支, and the replies to what I sent. */
  feedbackMine: () => `${FEEDBACK}/mine/index`,
  /** 投诉建议 addressed to me (组织部, 党总支书记): open items oldest first, with a reply box. */
  feedbackInbox: () => `${FEEDBACK}/inbox/index`,
  /** 隐私政策 (用户隐私保护指引): from 我的 and from the agreement popup. */
  privacyPolicy: () => `${ME}/privacy/index`,
  /** 我的数据: everything stored about me, and its export. */
  myData: () => `${ME}/data/index`,
  /** 在电脑上登录管理端？ The page the console's 小程序码 opens (SIGNIN_CONFIRM_PAGE), with its scene. */
  signinConfirm: (scene: string) => withQuery(`${SIGNIN}/confirm/index`, { scene })
}
