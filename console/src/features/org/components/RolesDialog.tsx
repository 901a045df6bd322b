import { useState } from 'react'
import { Button, Dialog, DialogPlugin, MessagePlugin, Select, Tag } from 'tdesign-react'
import type { MemberView, Role, UnitView } from '@contract/org'
import { ROLE_LABELS, ROLE_RANK, ROLE_UNIT_TYPES, ROLES } from '@contract/org-rules'
import { toApiError } from '../../../api/errors'
import { useMember } from '../../../session/session'
import { appointRole, revokeRole } from '../api'

/**
 * 职务: a member's roles, each revocable, and a grant. Only roles below the
 * caller's own are offered, at units of the kind the role is held at, inside
 * the caller's tree; the function checks all of it again and its refusal is
 * shown as it says it. Both directions ask before writing.
 */
export function RolesDialog(props: { member: MemberView; units: UnitView[]; onClose: () => void; onChanged: (member: MemberView) => void }) {
  const me = useMember()
  const { member, units } = props
  const myRank = Math.max(0, ...me.roles.map((grant) => ROLE_RANK[grant.role]))
  const grantable = ROLES.filter((role) => role !== 'member' && ROLE_RANK[role] < myRank)
  const [role, setRole] = useState<Role | ''>('')
  const placesFor = (chosen: Role | ''): UnitView[] => (chosen ? units.filter((unit) => ROLE_UNIT_TYPES[chosen].includes(unit.type)) : [])
  const [unitId, setUnitId] = useState('')
  const [busy, setBusy] = useState(false)
  const held = member.roles.filter((grant) => grant.role !== 'member')
  const unitName = (id: string): string => units.find((unit) => unit.id === id)?.name ?? '其他组织'

  const run = async (write: () => Promise<MemberView>, done: string): Promise<void> => {
    setBusy(true)
    try {
      const updated = await write()
      void MessagePlugin.success(done)
      props.onChanged(updated)
    } catch (error) {
      void MessagePlugin.error(toApiError(error).message)
    } finally {
      setBusy(false)
    }
  }

  const confirm = (header: string, body: string, confirmText: string, danger: boolean, action: () => Promise<void>): void => {
    const dialog = DialogPlugin.confirm({
      header,
      body,
      confirmBtn: { content: confirmText, theme: danger ? 'danger' : 'primary' },
      cancelBtn: '取消',
      onConfirm: () => {
        dialog.hide()
        void action()
      },
      onClose: () => dialog.hide()
    })
  }

  const askRevoke = (grant: { role: Role; unitId: string }): void =>
    confirm(
      '撤销职务？',
      `撤销${member.name}在「${unitName(grant.unitId)}」的${ROLE_LABELS[grant.role]}职务？撤销后，对方下一次操作起即失去相应权限。`,
      '确认撤销',
      true,
      () => run(() => revokeRole(member.id, grant.role, grant.unitId), '已撤销')
    )

  const askAppoint = (): void => {
    if (!role || !unitId) return void MessagePlugin.warning('请选择职务和所在组织')
    confirm('任命职务？', `任命${member.name}为「${unitName(unitId)}」的${ROLE_LABELS[role]}？`, '确认任命', false, () =>
      run(() => appointRole(member.id, role, unitId), '已任命')
    )
  }

  return (
    <Dialog visible header={`${member.name} 的职务`} footer={false} onClose={props.onClose} width={560}>
      <div data-testid="roles-dialog">
        <h4>现任职务</h4>
        {held.length === 0 ? <p className="muted">暂无职务（普通党员）</p> : null}
        <div className="org-roles-list">
          {held.map((grant) => (
            <span key={`${grant.role}@${grant.unitId}`} data-testid="held-role">
              <Tag theme="primary" variant="light" closable={ROLE_RANK[grant.role] < myRank} onClose={() => askRevoke(grant)}>
                {ROLE_LABELS[grant.role]} · {unitName(grant.unitId)}
              </Tag>
            </span>
          ))}
        </div>
        <h4>任命</h4>
        {grantable.length === 0 ? (
          <p className="muted">你的职务不能任命其他职务。</p>
        ) : (
          <div className="org-role-grant">
            <span data-testid="grant-role">
              <Select
                value={role}
                onChange={(value) => {
                  const next = value as Role
                  setRole(next)
                  const places = placesFor(next)
                  setUnitId(places.find((unit) => unit.id === member.unitId)?.id ?? places[0]?.id ?? '')
                }}
                options={grantable.map((value) => ({ value, label: ROLE_LABELS[value] }))}
                placeholder="选择职务"
                style={{ width: 160 }}
              />
            </span>
            <Select
              value={unitId}
              onChange={(value) => setUnitId(String(value))}
              options={placesFor(role).map((unit) => ({ value: unit.id, label: unit.name }))}
              placeholder={role ? '选择组织' : '先选择职务'}
              disabled={!role}
              filterable
              style={{ width: 220 }}
            />
            <Button theme="primary" loading={busy} onClick={askAppoint} data-testid="grant">
              任命
            </Button>
          </div>
        )}
      </div>
    </Dialog>
  )
}
