/**
 * Every error code a function may return, by feature, so the mini-program's
 * comparisons (`error.code === 'INVITE_REVOKED'`) are checked by tsc and a
 * unit test keeps the server's throws inside these lists
 * (error-codes.test.ts). Arrays for the test and for runtime checks; the
 * unions are read off them. Messages are for people; codes are for code.
 */

/** Any function, any action: the dispatcher's and the shared kernel's codes. */
export const COMMON_ERROR_CODES = [
  'INVALID_INPUT', // the payload failed its schema, or a rule of the use case
  'UNKNOWN_ACTION',
  'UNAUTHENTICATED', // no member is bound to the caller's WeChat account
  'FORBIDDEN',
  'NOT_FOUND',
  'INTERNAL', // an unexpected error; details are only in the function's log
  'BUSY', // a write kept colliding (versioned write, counting lane); nothing was written, try again
  'CONFIG_MISSING', // a function secret is not set in the environment
  'SESSION_ENDED' // a web (console) call after 退出登录 or 8 idle hours: sign in again by scanning
] as const
export type CommonErrorCode = (typeof COMMON_ERROR_CODES)[number]

export const ORG_ERROR_CODES = [
  'CONFLICT', // a unit of that name, or a member with that phone, already exists
  'INVITE_INVALID', // unknown or malformed code, or its member has left
  'INVITE_USED',
  'INVITE_EXPIRED',
  'INVITE_REVOKED', // a newer invite or a rebind replaced this code
  'ALREADY_MEMBER', // this WeChat account is already bound to a member
  'ALREADY_BOUND', // that member is already bound to a WeChat account
  'IMPORT_BUSY' // import.commit kept colliding with another import into the same branch; nothing was written, try again
] as const
export type OrgErrorCode = (typeof ORG_ERROR_CODES)[number]

export const MEETINGS_ERROR_CODES = [
  'NOT_INVITED', // the caller is not among the meeting's members
  'CHECKIN_NOT_OPEN',
  'CHECKIN_CLOSED',
  'CHECKIN_INVALID_CODE', // expired, forged or for another meeting
  'ALREADY_CHECKED_IN', // leave cannot be asked for once checked in
  'LEAVE_CLOSED', // the meeting has started
  'LEAVE_NOT_FOUND',
  'MAKEUP_NOT_NEEDED',
  'MEETING_EXISTS', // a meeting of that type at that time in that unit
  'MEETING_STARTED', // started meetings are no longer edited
  'MEETING_NOT_STARTED', // minutes are saved from the start on
  'MAKEUP_NOT_OPEN' // 补学 opens once the meeting has ended
] as const
export type MeetingsErrorCode = (typeof MEETINGS_ERROR_CODES)[number]

export const NOTICES_ERROR_CODES = [
  'ALREADY_PUBLISHED',
  'PUBLISH_IN_PROGRESS', // another publish of the same notice is running
  'ANSWER_CLOSED', // past the answer deadline, or already accepted
  'TOO_LATE', // the study time can no longer be moved
  'REMINDED_TODAY', // 催办 at most once a day per unit
  'NOTICE_IN_PAST', // publishing a notice whose study day has passed, without allowPast; pushing one (往期学习)
  'NOTICE_WITHDRAWN', // the notice was withdrawn (撤回) by the 组织部
  'WITHDRAW_TOO_LATE' // the study day has come: it can no longer be withdrawn
] as const
export type NoticesErrorCode = (typeof NOTICES_ERROR_CODES)[number]

/** The dashboard only reads: it fails with the common codes alone. */
export const DASHBOARD_ERROR_CODES = [] as const
export type DashboardErrorCode = (typeof DASHBOARD_ERROR_CODES)[number]

export const FEEDBACK_ERROR_CODES = [
  'FEEDBACK_DAILY_LIMIT', // at most FEEDBACK_DAILY_LIMIT items per member per day
  'FEEDBACK_NO_GENERAL_BRANCH', // to: 'general_branch' from a branch that sits in no 党总支
  'FEEDBACK_ANSWERED' // the item already has a reply
] as const
export type FeedbackErrorCode = (typeof FEEDBACK_ERROR_CODES)[number]

/** Content security (msgSecCheck): every function that stores human text. */
export const MODERATION_ERROR_CODES = [
  'CONTENT_RISKY' // WeChat's check found the text risky: nothing was written; the message names the field to change
] as const
export type ModerationErrorCode = (typeof MODERATION_ERROR_CODES)[number]

export const SIGNIN_ERROR_CODES = [
  'SIGNIN_EXPIRED', // the sign-in request is past its 2 minutes, cancelled, or already used
  'SIGNIN_NOT_ALLOWED', // the confirming member holds no role that may use the console
  'SIGNIN_TOO_MANY' // too many sign-in codes asked for from one address in 10 minutes
] as const
export type SigninErrorCode = (typeof SIGNIN_ERROR_CODES)[number]

/** What each function can answer with, for a page that calls one function. */
export interface FunctionErrorCodes {
  org: CommonErrorCode | OrgErrorCode
  meetings: CommonErrorCode | MeetingsErrorCode | ModerationErrorCode
  notices: CommonErrorCode | NoticesErrorCode | ModerationErrorCode
  dashboard: CommonErrorCode | DashboardErrorCode
  me: CommonErrorCode
  feedback: CommonErrorCode | FeedbackErrorCode | ModerationErrorCode
  signin: CommonErrorCode | SigninErrorCode
}

/** Every code any function returns. */
export type ErrorCode = FunctionErrorCodes[keyof FunctionErrorCodes]

export const ERROR_CODES: readonly ErrorCode[] = [
  ...COMMON_ERROR_CODES,
  ...ORG_ERROR_CODES,
  ...MEETINGS_ERROR_CODES,
  ...NOTICES_ERROR_CODES,
  ...DASHBOARD_ERROR_CODES,
  ...FEEDBACK_ERROR_CODES,
  ...MODERATION_ERROR_CODES,
  ...SIGNIN_ERROR_CODES
]

export function isErrorCode(value: string): value is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(value)
}
