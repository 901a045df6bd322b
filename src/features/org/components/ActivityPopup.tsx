import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MemberView } from '@contract/org'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { Popup } from '@/ui/popup'
import { setActivityUnit, type BranchOption } from '../api'

interface Props {
  member: MemberView | null
  /** Every 党支部 of the caller's 党委; null while loading. */
  branches: BranchOption[] | null
  /** Why the branches could not be loaded, if they could not. */
  failed: boolean
  onRetry: () => void
  onClose: () => void
  onSaved: (member: MemberView) => void
}

/** 活动支部: where a 流动党员 takes part in 组织生活 (their formal ties stay in their own branch). */
export function ActivityPopup({ member, branches, failed, onRetry, onClose, onSaved }: Props) {
  // undefined: nothing chosen; null: clear the current one.
  const [target, setTarget] = useState<BranchOption | null | undefined>(undefined)
  const options = (branches ?? []).filter((branch) => branch.id !== member?.unitId)

  const pick = (branch: BranchOption) => {
    if (!member || branch.id === member.activityUnitId) return
    setTarget(branch)
  }

  const message =
    !member || target === undefined
      ? ''
      : target === null
        ? `确定 ${member.name} 不再在外支部参加组织生活？`
        : `确定 ${member.name} 在「${target.name}」参加组织生活？组织关系仍在本支部。`

  return (
    <>
      <Popup
        visible={member !== null}
        position="bottom"
        round
        closeable
        title={member ? `${member.name} 的活动支部` : ''}
        onClose={onClose}
        className="ps-sheet ps-activity-popup"
      >
        <View className="ps-move-list">
          {member?.activityUnitId && (
            <View className="ps-move-option ps-activity-option ps-activity-clear" style={{ paddingLeft: '1em' }} onClick={() => setTarget(null)}>
              <Text className="ps-move-option__name">清除（回本支部参加活动）</Text>
            </View>
          )}
          {failed && (
            <View className="ps-sheet__empty" onClick={onRetry}>
              加载失败，点击重试
            </View>
          )}
          {!failed && branches === null && <View className="ps-sheet__empty">加载中…</View>}
          {branches !== null && options.length === 0 && <View className="ps-sheet__empty">没有其他党支部</View>}
          {options.map((branch) => {
            const current = member?.activityUnitId === branch.id
            return (
              <View
                key={branch.id}
                className={`ps-move-option ps-activity-option${current ? ' ps-move-option--current' : ''}`}
                style={{ paddingLeft: '1em' }}
                onClick={() => pick(branch)}
              >
                <Text className="ps-move-option__name">{branch.name}</Text>
                <Text className="ps-move-option__type">{current ? '当前' : (branch.parentName ?? '')}</Text>
              </View>
            )
          })}
        </View>
      </Popup>
      <ConfirmDialog
        visible={target !== undefined}
        title="活动支部"
        className="ps-activity-confirm"
        message={message}
        onClose={() => setTarget(undefined)}
        onConfirm={async () => {
          if (!member || target === undefined) return
          const saved = await setActivityUnit({ memberId: member.id, activityUnitId: target?.id ?? null })
          setTarget(undefined)
          onSaved(saved)
        }}
      />
    </>
  )
}
