import type { DemoUser } from './api'

export interface DemoUserGroup {
  heading: string
  users: Array<DemoUser & { unit: string }>
}

/**
 * Accounts grouped by role, in the order the seed lists them: a label reads
 * "<unit> · <role>", and one without a role part (the newcomer) has not joined.
 */
export function groupDemoUsers(users: DemoUser[]): DemoUserGroup[] {
  const groups: DemoUserGroup[] = []
  for (const user of users) {
    const separator = user.label.lastIndexOf(' · ')
    const heading = separator >= 0 ? user.label.slice(separator + 3) : '未加入'
    const unit = separator >= 0 ? user.label.slice(0, separator) : user.label
    let group = groups.find((candidate) => candidate.heading === heading)
    if (!group) {
      group = { heading, users: [] }
      groups.push(group)
    }
    group.users.push({ ...user, unit })
  }
  return groups
}
