import { Text, View } from '@tarojs/components'
import type { MemberView } from '@contract/org'
import { MEMBER_STATUS_LABELS, ROLE_LABELS } from '@/lib/org-labels'

export interface MemberAction {
  key: string
  text: string
  danger?: boolean
  onClick: () => void
}

/**
 * One member in a list: who, how to reach (masked), what kind, roles, and whether their WeChat is bound.
 * `activityUnitName` names a 流动党员's activity branch (when the caller knows it).
 */
export function MemberCard({ member, actions, activityUnitName }: { member: MemberView; actions: MemberAction[]; activityUnitName?: string }) {
  const roles = member.roles.filter((grant) => grant.role !== 'member').map((grant) => ROLE_LABELS[grant.role] ?? grant.role)
  const inactive = member.status !== 'active'
  return (
    <View className={`ps-member-card${inactive ? ' ps-member-card--inactive' : ''}`}>
      <View className="ps-member-card__head">
        <Text className="ps-member-name">{member.name}</Text>
        {roles.map((role) => (
          <Text key={role} className="ps-chip ps-chip--role ps-member-role">
            {role}
          </Text>
        ))}
        <View className="ps-member-card__spacer" />
        {inactive ? (
          <Text className="ps-chip ps-chip--muted ps-member-status">{MEMBER_STATUS_LABELS[member.status]}</Text>
        ) : (
          <Text className={`ps-chip ps-member-bound ${member.bound ? 'ps-chip--ok' : 'ps-chip--warn'}`}>{member.bound ? '已绑定微信' : '未绑定'}</Text>
        )}
      </View>
      <View className="ps-member-card__meta">
        <Text className="ps-member-phone">{member.phoneMasked}</Text>
        <Text className="ps-member-card__dot">·</Text>
        <Text className="ps-member-type">{member.type}</Text>
        <Text className="ps-member-card__dot">·</Text>
        <Text className="ps-member-category">{member.category}</Text>
        {member.groupName && (
          <>
            <Text className="ps-member-card__dot">·</Text>
            <Text className="ps-member-group">{member.groupName}</Text>
          </>
        )}
      </View>
      {member.activityUnitId && <View className="ps-member-activity">{activityUnitName ? `在 ${activityUnitName} 参加活动` : '在外支部参加活动'}</View>}
      {actions.length > 0 && (
        <View className="ps-member-card__actions">
          {actions.map((action) => (
            <View
              key={action.key}
              className={`ps-member-action ps-member-action--${action.key}${action.danger ? ' ps-member-action--danger' : ''}`}
              onClick={action.onClick}
            >
              {action.text}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
