/** Role codes stored on a member, and how the UI names them. */
export const ROLE_LABELS: Record<string, string> = {
  member: '党员',
  branch_secretary: '支部书记',
  branch_committee: '支委',
  organizer: '组织委员',
  points_recorder: '积分记录员',
  general_branch_secretary: '党总支书记',
  org_department: '组织部'
}

export function roleLabels(roles: ReadonlyArray<{ role: string }>): string[] {
  const labels = roles.map((item) => ROLE_LABELS[item.role] ?? item.role)
  return [...new Set(labels)]
}
