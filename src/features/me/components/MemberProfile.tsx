import { View } from '@tarojs/components'
import { Cell } from '@/ui/cell'
import type { Member } from '../api/whoami'

/** 我的: the member's name, branch and roles, or how to join when not a member. */
export function MemberProfile({ member }: { member: Member | null }) {
  if (!member) {
    return <View className="ps-notice ps-me-no-member">你还未加入党组织，请向支部书记索取邀请码</View>
  }
  return (
    <Cell.Group>
      <Cell title="姓名" extra={<View className="ps-me-name">{member.name}</View>} />
      <Cell title="所在组织" extra={<View className="ps-me-unit">{member.unitName}</View>} />
      <Cell
        title="角色"
        extra={<View className="ps-me-roles">{member.roleLabels.length ? member.roleLabels.join('、') : '党员'}</View>}
      />
    </Cell.Group>
  )
}
