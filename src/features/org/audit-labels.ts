/** The audit log's `action` codes (the org function's action names) as people say them. */
const LABELS: Record<string, string> = {
  'units.create': '添加组织',
  'members.add': '添加党员',
  'members.move': '调整组织',
  'members.deactivate': '停用/转出',
  'roles.appoint': '任命职务',
  'roles.revoke': '撤销职务',
  'invites.create': '生成邀请',
  'invites.redeem': '绑定微信',
  'members.rebind': '重新绑定',
  'import.commit': '批量导入'
}

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action
}
