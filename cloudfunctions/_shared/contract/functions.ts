import type { DashboardActions } from './dashboard-api'
import type { FeedbackActions } from './feedback-api'
import type { MeActions } from './me'
import type { MeetingsActions } from './meetings-api'
import type { NoticesActions } from './notices-api'
import type { OrgActions } from './org'
import type { SigninActions } from './signin-api'

/** Every cloud function by its deployed name, and the actions its contract promises. */
export interface ContractActions {
  dashboard: DashboardActions
  feedback: FeedbackActions
  me: MeActions
  meetings: MeetingsActions
  notices: NoticesActions
  org: OrgActions
  signin: SigninActions
}

export type FunctionName = keyof ContractActions
