import { ROLE_LABELS } from '../../contract/org-rules'

/** The labels of a member's roles, once each (the contract names every role; an unknown code shows as itself). */
export function roleLabels(roles: ReadonlyArray<{ role: string }>): string[] {
  const labels = roles.map((item) => (ROLE_LABELS as Record<string, string>)[item.role] ?? item.role)
  return [...new Set(labels)]
}
