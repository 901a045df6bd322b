import { View } from '@tarojs/components'
import { Cell } from '@/ui/cell'
import type { Member } from '@/lib/whoami'
import { JoinEntry } from './JoinEntry'

/** 我的: the member's name, branch, group and roles, or how to join when not a member. */
export function MemberProfile({ member }: { member: Member | null }) {
  if (!member) return <JoinEntry />
  return (
    <Cell.Group>
      <Cell title="姓名" extra={<View className="ps-me-name">{member.name}</View>} />
      <Cell title="所在组织" extra={<View className="ps-me-unit">{member.unitName}</View>} />
      <Cell title="党小组" extra={<View className="ps-me-group">{member.groupName ?? '未分组'}</View>} />
      <Cell title="角色" extra={<View className="ps-me-roles">{member.roleLabels.length ? member.roleLabels.join('、') : '党员'}</View>} />
    </Cell.Group>
  )
}
