import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import { Cell } from '@/ui/cell'
import type { Member } from '@/lib/whoami'

/** 我的: the member's name, branch, group and roles, or how to join when not a member. */
export function MemberProfile({ member }: { member: Member | null }) {
  if (!member) {
    return (
      <View className="ps-me-join-box">
        <View className="ps-notice ps-me-no-member">你还未加入党组织，请向支部书记索取邀请码</View>
        <Button className="ps-me-join" type="primary" block onClick={() => void Taro.navigateTo({ url: routes.orgJoin() })}>
          使用邀请码加入
        </Button>
      </View>
    )
  }
  return (
    <Cell.Group>
      <Cell title="姓名" extra={<View className="ps-me-name">{member.name}</View>} />
      <Cell title="所在组织" extra={<View className="ps-me-unit">{member.unitName}</View>} />
      <Cell title="党小组" extra={<View className="ps-me-group">{member.groupName ?? '未分组'}</View>} />
      <Cell title="角色" extra={<View className="ps-me-roles">{member.roleLabels.length ? member.roleLabels.join('、') : '党员'}</View>} />
    </Cell.Group>
  )
}
