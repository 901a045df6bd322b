/**
 * The `org` function: the organisation tree, members, roles, invites, import
 * and the audit log. Types only (the mini-program imports them with
 * `import type`); the payload schemas live in cloudfunctions/org/schemas.ts.
 */
export const ORG_FUNCTION = 'org'

export type UnitType = 'committee' | 'general_branch' | 'branch' | 'group'
/** What can be created under another unit: a 党委 is the root, made once by `admin bootstrap`. */
export type ChildUnitType = Exclude<UnitType, 'committee'>
export type MemberType = '正式党员' | '预备党员' | '入党积极分子'
export type MemberCategory = '在职' | '离退休' | '流动党员'
export type MemberStatus = 'active' | 'transferred_out' | 'inactive'
export type Role = 'member' | 'points_recorder' | 'organizer' | 'branch_committee' | 'branch_secretary' | 'general_branch_secretary' | 'org_department'

export interface RoleGrant {
  role: Role
  unitId: string
}

export interface UnitView {
  id: string
  name: string
  type: UnitType
  parentId: string | null
  /** Ancestor ids from the root, the unit itself last. */
  pathIds: string[]
  directlyAttached: boolean
  memberCount: number
}

export interface MemberView {
  id: string
  name: string
  unitId: string
  unitName: string
  groupId: string | null
  groupName: string | null
  /** Always masked, e.g. 138****1001; the full number never leaves the server. */
  phoneMasked: string
  type: MemberType
  category: MemberCategory
  status: MemberStatus
  roles: RoleGrant[]
  bound: boolean
  /** For 流动党员: the branch where they take part (their formal ties stay at unitId). */
  activityUnitId: string | null
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export interface InviteView {
  code: string
  memberId: string
  memberName: string
  unitName: string
  expiresAt: string
  /** What the QR code encodes: the join page with the code. */
  joinPath: string
  /**
   * The 小程序码 WeChat's scanner opens straight into the join page: `scene`
   * (≤ 32 characters, resolved by `invites.resolve`) and the platform's PNG as
   * base64. Null when the platform refused or failed; the screen then shows the
   * plain QR of `joinPath` and the code.
   */
  wxaCode: { scene: string; png: string } | null
}

/** The join page, as `wxacode.getUnlimited` takes it (no leading slash, no query). */
export const JOIN_PAGE = 'packages/org/pages/join/index'

/** A short-code scene for an invite (`i` + 24 base64url characters), as the join page recognises it. */
export const INVITE_SCENE_PATTERN = /^i[A-Za-z0-9_-]{24}$/

export interface AuditEntryView {
  id: string
  at: string
  actorName: string
  action: string
  summary: string
}

export interface ImportRowError {
  /** 1-based spreadsheet row number, as Excel shows it. */
  row: number
  column: string
  reason: string
}

export interface ImportPreview {
  totalRows: number
  validRows: ImportMemberRow[]
  errors: ImportRowError[]
}

export interface ImportMemberRow {
  row: number
  name: string
  phone: string
  unitName: string
  groupName: string | null
  type: MemberType
  category: MemberCategory
}

/** What the 工作台 offers: derived from the caller's roles on the server. */
export type Capability =
  | 'members.manage'
  | 'members.view'
  | 'units.manage'
  | 'roles.appoint'
  | 'audit.view'
  | 'members.import'
  /** Plan, publish and follow study notices for the whole tree (组织部). */
  | 'notices.publish'
  /** Run a published notice in a branch: push, reschedule, review, remind, export the record. */
  | 'notices.run'
  /** Plan meetings (主题党日, 三会一课), run check-in, decide leave, complete the record. */
  | 'meetings.run'
  /** Participation at a glance for a unit and everything under it, down to a branch's members. */
  | 'dashboard.view'
  /** Set the committee's yearly requirements (quotas). */
  | 'quotas.manage'
  /** Receive and answer 投诉建议 addressed to the unit (组织部, 党总支书记); the feedback function decides per item (domain/feedback/access.ts). */
  | 'feedback.receive'

/**
 * One committed chunk: rows new to the 党委, rows already in the caller's
 * scope (a re-import), and the row numbers whose phone is registered outside
 * the caller's scope, never with whose it is (transfer them through the 组织部).
 */
export interface ImportCommitResult {
  created: number
  unchanged: number
  elsewhere: number[]
}

export interface OrgActions {
  'units.tree': { payload: Record<string, never>; result: UnitView[] }
  'units.create': { payload: { parentId: string; name: string; type: ChildUnitType }; result: UnitView }
  'members.list': { payload: { unitId: string; keyword?: string; page?: number; pageSize?: number; includeInactive?: boolean }; result: Page<MemberView> }
  'members.add': {
    payload: { unitId: string; name: string; phone: string; type: MemberType; category: MemberCategory; groupId?: string | null }
    result: MemberView
  }
  'members.move': { payload: { memberId: string; toUnitId: string; groupId?: string | null }; result: MemberView }
  /** 流动党员: where they take part (a 党支部 anywhere in the tree); formal ties stay with the home branch. null clears it. */
  'members.setActivityUnit': { payload: { memberId: string; activityUnitId: string | null }; result: MemberView }
  /** Every 党支部 of the caller's 党委 (names only), for choosing a 流动党员's place of activity. */
  'units.branches': { payload: Record<string, never>; result: Array<{ id: string; name: string; parentName: string | null }> }
  'members.deactivate': { payload: { memberId: string; status: 'transferred_out' | 'inactive'; reason: string }; result: MemberView }
  'roles.appoint': { payload: { memberId: string; role: Role; unitId: string }; result: MemberView }
  'roles.revoke': { payload: { memberId: string; role: Role; unitId: string }; result: MemberView }
  'invites.create': { payload: { memberId: string }; result: InviteView }
  'invites.redeem': { payload: { code: string }; result: MemberView }
  /** Anyone opening a 小程序码 invite: the invite code its scene stands for (redeeming still checks the code). */
  'invites.resolve': { payload: { scene: string }; result: { code: string } }
  'members.rebind': { payload: { memberId: string; reason: string }; result: InviteView }
  'import.template': { payload: Record<string, never>; result: { fileName: string; base64: string } }
  'import.preview': { payload: { unitId: string; base64: string }; result: ImportPreview }
  'import.commit': { payload: { unitId: string; rows: ImportMemberRow[] }; result: ImportCommitResult }
  'audit.list': { payload: { unitId: string; page?: number; pageSize?: number }; result: Page<AuditEntryView> }
}

export type OrgAction = keyof OrgActions

/** Error codes the org function returns besides the common ones; listed with every feature's in error-codes.ts. */
export type { OrgErrorCode } from './error-codes'
