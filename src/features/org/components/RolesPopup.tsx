import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MemberView, RoleGrant, UnitView } from '@contract/org'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { ROLE_LABELS } from '@/lib/org-labels'
import { showDone, showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { Popup } from '@/ui/popup'
import { appointRole, revokeRole } from '../api'
import { appointableGrants, canRevoke } from '../rules'

interface Props {
  member: MemberView | null
  /** The caller's own grants: they may only appoint and revoke below themselves. */
  grants: RoleGrant[]
  units: UnitView[]
  onClose: () => void
  onChanged: (member: MemberView) => void
}

/** 任命/撤销职务 for one member: current roles with 撤销, and the roles the caller may grant. */
export function RolesPopup({ member, grants, units, onClose, onChanged }: Props) {
  const [busy, setBusy] = useState('')
  const [revoking, setRevoking] = useState<RoleGrant | null>(null)
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  const home = member ? byId.get(member.unitId) : undefined
  const held = member ? member.roles.filter((grant) => grant.role !== 'member') : []
  const keyOf = (grant: RoleGrant) => `${grant.role}@${grant.unitId}`
  const offer = home ? appointableGrants(grants, home, byId).filter((grant) => !held.some((h) => keyOf(h) === keyOf(grant))) : []

  const appoint = async (grant: RoleGrant) => {
    if (!member || busy) return
    setBusy(keyOf(grant))
    try {
      const next = await appointRole({ memberId: member.id, role: grant.role, unitId: grant.unitId })
      showDone(`已任命为${ROLE_LABELS[grant.role]}`)
      onChanged(next)
    } catch (error) {
      showError(error)
    } finally {
      setBusy('')
    }
  }

  return (
    <>
      <Popup visible={member !== null} position="bottom" round closeable title={member ? `${member.name} 的职务` : ''} onClose={onClose} className="ps-sheet">
        <View className="ps-roles">
          <View className="ps-roles__title">现任职务</View>
          {held.length === 0 && <View className="ps-sheet__empty">暂无职务</View>}
          {held.map((grant) => {
            const unit = byId.get(grant.unitId)
            const revocable = unit !== undefined && canRevoke(grants, unit, grant.role)
            return (
              <View key={`${grant.role}@${grant.unitId}`} className="ps-role-row ps-role-held">
                <Text className="ps-role-row__name">{ROLE_LABELS[grant.role] ?? grant.role}</Text>
                <Text className="ps-role-row__unit">{unit?.name ?? ''}</Text>
                {revocable ? (
                  <Button className="ps-role-revoke" size="small" fill="outline" type="danger" onClick={() => setRevoking(grant)}>
                    撤销
                  </Button>
                ) : (
                  <Text className="ps-role-row__note">无权调整</Text>
                )}
              </View>
            )
          })}
          <View className="ps-roles__title">任命新职务</View>
          {offer.length === 0 && <View className="ps-sheet__empty">没有可任命的职务（只能任命低于自己的职务）</View>}
          {offer.map((grant) => (
            <View key={keyOf(grant)} className="ps-role-row ps-role-offer">
              <Text className="ps-role-row__name">{ROLE_LABELS[grant.role]}</Text>
              <Text className="ps-role-row__unit">{byId.get(grant.unitId)?.name ?? ''}</Text>
              <Button
                className="ps-role-appoint"
                size="small"
                type="primary"
                loading={busy === keyOf(grant)}
                disabled={busy !== ''}
                onClick={() => void appoint(grant)}
              >
                任命
              </Button>
            </View>
          ))}
        </View>
      </Popup>
      <ConfirmDialog
        visible={revoking !== null}
        title="撤销职务"
        message={member && revoking ? `确定撤销 ${member.name} 的「${ROLE_LABELS[revoking.role]}」职务？` : ''}
        confirmText="确认撤销"
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!member || !revoking) return
          const next = await revokeRole({ memberId: member.id, role: revoking.role, unitId: revoking.unitId })
          setRevoking(null)
          showDone('已撤销')
          onChanged(next)
        }}
      />
    </>
  )
}
