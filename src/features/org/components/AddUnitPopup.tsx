import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import type { ChildUnitType, UnitType, UnitView } from '@contract/org'
import { unitTypeLabel } from '@/lib/org-labels'
import { showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { Input } from '@/ui/input'
import { Popup } from '@/ui/popup'
import { createUnit } from '../api'
import { CHILD_UNIT_TYPES } from '../rules'
import { ChoiceGroup } from './ChoiceGroup'
import { FormField } from './FormField'

/** 添加下级组织 under `parent`: a name, and a type that may sit there. */
export function AddUnitPopup({ parent, onClose, onCreated }: { parent: UnitView | null; onClose: () => void; onCreated: (unit: UnitView) => void }) {
  const types = parent ? CHILD_UNIT_TYPES[parent.type] : []
  const [name, setName] = useState('')
  const [type, setType] = useState<ChildUnitType>('branch')
  const [tried, setTried] = useState(false)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (!parent) return
    setName('')
    setType(CHILD_UNIT_TYPES[parent.type][0] ?? 'branch')
    setTried(false)
  }, [parent])

  const trimmed = name.trim()
  const nameError = !trimmed ? '请填写组织名称' : trimmed.length < 2 ? '名称至少 2 个字' : trimmed.length > 40 ? '名称不超过 40 个字' : ''

  const submit = async () => {
    setTried(true)
    if (!parent || nameError || saving) return
    setSaving(true)
    try {
      onCreated(await createUnit({ parentId: parent.id, name: name.trim(), type }))
    } catch (error) {
      showError(error)
    } finally {
      setSaving(false)
    }
  }

  // Under the 党委 a 党支部 is a 直属党支部: say so on the choice.
  const label = (child: UnitType) => unitTypeLabel(child, parent?.type === 'committee' && child === 'branch')

  return (
    <Popup
      visible={parent !== null}
      position="bottom"
      round
      closeable
      title={parent ? `在「${parent.name}」下添加` : ''}
      onClose={onClose}
      className="ps-sheet"
    >
      <View className="ps-form ps-unit-form">
        <FormField label="组织类型">
          <ChoiceGroup className="ps-unit-type" value={type} choices={types.map((value) => ({ value, label: label(value) }))} onChange={setType} />
        </FormField>
        <FormField label="名称" error={tried ? nameError : ''}>
          <Input
            className="ps-unit-name-input"
            placeholder={`如：${type === 'group' ? '第一党小组' : type === 'general_branch' ? '机关党总支' : '教工第四党支部'}`}
            value={name}
            maxLength={40}
            onChange={setName}
          />
        </FormField>
        <Button className="ps-unit-submit" type="primary" block loading={saving} onClick={() => void submit()}>
          添加
        </Button>
      </View>
    </Popup>
  )
}
