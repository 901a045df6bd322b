import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import type { MemberCategory, MemberType, MemberView, UnitView } from '@contract/org'
import { MEMBER_CATEGORIES, MEMBER_TYPES } from '@/lib/org-labels'
import { withPrivacyAgreement } from '@/lib/privacy'
import { showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { Input } from '@/ui/input'
import { Popup } from '@/ui/popup'
import { addMember } from '../api'
import { ChoiceGroup } from './ChoiceGroup'
import { FormField } from './FormField'

const NO_GROUP = ''
const PHONE = /^1[3-9]\d{9}$/

interface Props {
  visible: boolean
  unit: UnitView
  /** The unit's 党小组, offered when there are any. */
  groups: UnitView[]
  onClose: () => void
  onAdded: (member: MemberView) => void
}

/** 添加党员: name, phone, type and category (and 党小组 when the branch has groups). */
export function AddMemberPopup({ visible, unit, groups, onClose, onAdded }: Props) {
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [type, setType] = useState<MemberType>('正式党员')
  const [category, setCategory] = useState<MemberCategory>('在职')
  const [groupId, setGroupId] = useState(NO_GROUP)
  const [tried, setTried] = useState(false)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (!visible) return
    setName('')
    setPhone('')
    setType('正式党员')
    setCategory('在职')
    setGroupId(NO_GROUP)
    setTried(false)
  }, [visible])

  const trimmed = name.trim()
  const nameError = !trimmed ? '请填写姓名' : trimmed.length < 2 ? '姓名至少 2 个字' : trimmed.length > 20 ? '姓名不超过 20 个字' : ''
  const phoneError = !phone ? '请填写手机号' : PHONE.test(phone) ? '' : '请填写 11 位手机号'

  const submit = async () => {
    setTried(true)
    if (nameError || phoneError || saving) return
    setSaving(true)
    try {
      // A phone number is personal information: the 用户隐私保护指引 is agreed to before it is sent.
      const member = await withPrivacyAgreement('录入党员手机号', () =>
        addMember({ unitId: unit.id, name: name.trim(), phone, type, category, groupId: groupId || null })
      )
      onAdded(member)
    } catch (error) {
      showError(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Popup visible={visible} position="bottom" round closeable title={`添加党员 · ${unit.name}`} onClose={onClose} className="ps-sheet">
      <View className="ps-form ps-member-form">
        <FormField label="姓名" error={tried ? nameError : ''}>
          <Input className="ps-member-name-input" placeholder="请输入姓名" value={name} maxLength={20} onChange={setName} />
        </FormField>
        <FormField label="手机号" error={tried ? phoneError : ''}>
          <Input
            className="ps-member-phone-input"
            type="number"
            placeholder="用于核对身份，仅显示部分号码"
            value={phone}
            maxLength={11}
            onChange={(value) => setPhone(value.replace(/\D/g, ''))}
          />
        </FormField>
        <FormField label="党员类型">
          <ChoiceGroup value={type} choices={MEMBER_TYPES.map((value) => ({ value, label: value }))} onChange={setType} />
        </FormField>
        <FormField label="人员类别">
          <ChoiceGroup value={category} choices={MEMBER_CATEGORIES.map((value) => ({ value, label: value }))} onChange={setCategory} />
        </FormField>
        {groups.length > 0 && (
          <FormField label="党小组">
            <ChoiceGroup
              value={groupId}
              choices={[{ value: NO_GROUP, label: '不分组' }, ...groups.map((group) => ({ value: group.id, label: group.name }))]}
              onChange={setGroupId}
            />
          </FormField>
        )}
        <Button className="ps-member-submit" type="primary" block loading={saving} onClick={() => void submit()}>
          添加
        </Button>
      </View>
    </Popup>
  )
}
