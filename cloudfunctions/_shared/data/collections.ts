/**
 * Every collection, index and security rule the project uses, declared once.
 * The seed (and a deploy-time migration) creates them; the emulator enforces
 * the unique indexes, and has no client database API at all (what the rules
 * allow clients: nothing).
 * Kept free of SDK imports so the emulator and scripts can read it too.
 */
export interface IndexDeclaration {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
  sparse?: boolean
}

/**
 * A collection's database security rule, CloudBase's JSON form. It binds
 * clients only (`wx.cloud.database()` in the mini-program, the web SDK);
 * functions are not bound by it. Every collection here denies clients
 * everything: all access goes through functions, which authorise each call.
 */
export interface SecurityRule {
  read: false
  write: false
}

export const CLIENTS_DENIED: SecurityRule = { read: false, write: false }

export interface CollectionDeclaration {
  name: string
  indexes?: IndexDeclaration[]
  rules: SecurityRule
}

export const COLLECTIONS: CollectionDeclaration[] = [
  // Subtree queries are prefix matches on the materialised path.
  { name: 'units', indexes: [{ name: 'path', keys: { path: 1 } }], rules: CLIENTS_DENIED },
  {
    name: 'members',
    indexes: [
      // One WeChat account binds to at most one member; unbound members have no openid.
      { name: 'openid_unique', keys: { openid: 1 }, unique: true, sparse: true },
      { name: 'unit_path_status_name', keys: { unitPath: 1, status: 1, name: 1 } },
      // Membership changes whose denominators the sweep still has to move.
      { name: 'follow', keys: { 'follow.at': 1 }, sparse: true }
    ],
    rules: CLIENTS_DENIED
  },
  // _id is the short code: single use is a transaction on one document.
  { name: 'invites', indexes: [{ name: 'member', keys: { memberId: 1 } }], rules: CLIENTS_DENIED },
  // 小程序码 scenes → invite code or (meeting, window) token; id = scene, dead after expiresAt (data/short-codes/store.ts).
  { name: 'shortCodes', indexes: [{ name: 'expires', keys: { expiresAt: 1 } }], rules: CLIENTS_DENIED },
  // Console scan sign-in: _id = the code on the screen, 2 minutes, once (data/signin/requests.ts); expired ones found by expiresAt.
  // A start budget per address, or per anonymous login when the platform gives no address (budget_created).
  {
    name: 'signinRequests',
    indexes: [
      { name: 'expires', keys: { expiresAt: 1 } },
      { name: 'budget_created', keys: { budgetKey: 1, createdAt: -1 } }
    ],
    rules: CLIENTS_DENIED
  },
  // The console session per member: _id = member id (data/signin/sessions.ts).
  { name: 'consoleSessions', indexes: [], rules: CLIENTS_DENIED },
  // Content security: texts WeChat held or could not check, _id `<collection>:<record>:<field>` (data/moderation/held-store.ts);
  // a decider's list by scope or mailbox, oldest first; the timer's due re-checks.
  {
    name: 'heldTexts',
    indexes: [
      { name: 'status_scope_held', keys: { status: 1, scopePath: 1, heldAt: 1 } },
      { name: 'status_recipient_held', keys: { status: 1, recipientUnitId: 1, heldAt: 1 } },
      { name: 'status_due', keys: { status: 1, nextCheckAt: 1 } }
    ],
    rules: CLIENTS_DENIED
  },
  // 投诉建议: _id hash(sender, request id); a mailbox's open items oldest first; a sender's own newest first and per-day budget.
  {
    name: 'feedback',
    indexes: [
      { name: 'recipient_open', keys: { recipientUnitId: 1, to: 1, status: 1, createdAt: 1 } },
      { name: 'sender_created', keys: { senderId: 1, createdAt: -1 } }
    ],
    rules: CLIENTS_DENIED
  },
  { name: 'audit', indexes: [{ name: 'unit_path_at', keys: { unitPath: 1, at: -1 } }], rules: CLIENTS_DENIED },
  { name: 'notices', indexes: [{ name: 'owner_status', keys: { ownerPath: 1, status: 1 } }], rules: CLIENTS_DENIED },
  // _id `<notice>:<unit>`; a unit's notices newest first.
  {
    name: 'noticeUnits',
    indexes: [
      { name: 'unit_published', keys: { unitId: 1, publishedAt: -1 } },
      { name: 'notice', keys: { noticeId: 1 } }
    ],
    rules: CLIENTS_DENIED
  },
  // _id `<notice>:<member>`, created on the member's first action.
  // Dirty records are what a notice's counting lane (and the sweep) has still to count.
  {
    name: 'noticeMembers',
    indexes: [
      { name: 'notice_unit', keys: { noticeId: 1, unitPath: 1 } },
      { name: 'notice_dirty', keys: { noticeId: 1, dirty: 1 } },
      { name: 'dirty', keys: { dirty: 1 } },
      // 我的数据 (me.data): one member's states across notices.
      { name: 'member', keys: { memberId: 1 } }
    ],
    rules: CLIENTS_DENIED
  },
  { name: 'subscriptions', rules: CLIENTS_DENIED },
  {
    name: 'meetings',
    indexes: [
      { name: 'unit_start', keys: { unitId: 1, startAt: 1 } },
      { name: 'start', keys: { startAt: 1 } },
      // A notice's study record: the meetings a branch held for it.
      { name: 'notice_unit', keys: { noticeId: 1, unitId: 1 } }
    ],
    rules: CLIENTS_DENIED
  },
  // _id `<meeting>:<unit>`: a unit's meetings by time, with their counters.
  {
    name: 'meetingUnits',
    indexes: [
      { name: 'unit_start', keys: { unitId: 1, startAt: 1 } },
      { name: 'meeting', keys: { meetingId: 1 } }
    ],
    rules: CLIENTS_DENIED
  },
  // _id `<meeting>:<member>`: a check-in, a retry or a double tap is one record.
  {
    name: 'meetingMembers',
    indexes: [
      { name: 'meeting_name', keys: { meetingId: 1, memberName: 1 } },
      { name: 'member_start', keys: { memberId: 1, startAt: -1 } },
      { name: 'meeting_dirty', keys: { meetingId: 1, dirty: 1 } },
      { name: 'dirty', keys: { dirty: 1 } }
    ],
    rules: CLIENTS_DENIED
  },
  // _id `<kind>:<meeting or notice>`: who counts that lane now (a lease), and the batch in flight.
  { name: 'countingLanes', rules: CLIENTS_DENIED },
  // _id = the branch: its monthly 主题党日 rule.
  { name: 'meetingRules', rules: CLIENTS_DENIED },
  // _id `<unit>:<period>`: the dashboard's counters; a unit's children are an anchored path match.
  { name: 'unitStats', indexes: [{ name: 'period_path', keys: { period: 1, unitPath: 1 } }], rules: CLIENTS_DENIED },
  // _id `<member>:<year>`: a member's own numbers by period, for the branch's member rows.
  // …and by member for 我的数据 (me.data).
  {
    name: 'memberStats',
    indexes: [
      { name: 'path_year', keys: { unitPath: 1, year: 1 } },
      { name: 'member', keys: { memberId: 1 } }
    ],
    rules: CLIENTS_DENIED
  },
  // _id `<branch>:<YYYY-MM>` or `<member>:<week>`: a reminder sent, so each is sent once.
  { name: 'reminders', rules: CLIENTS_DENIED },
  // _id the committee: its yearly requirements (defaults until the 组织部 sets them).
  { name: 'quotaSettings', rules: CLIENTS_DENIED },
  // _id `NNN-name`: the data migrations applied to this environment (scripts/migrations).
  { name: 'migrations', rules: CLIENTS_DENIED }
]
