import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { getDemoOpenId, onDemoOpenIdChange, setDemoOpenId } from '@/api/demo-identity'
import { ActionSheet } from '@/ui/action-sheet'
import { listDemoUsers, type DemoUser } from './api'
import { groupDemoUsers } from './group-demo-users'
import './DevUserSwitcher.css'

/**
 * H5 dev mode only: shows who the app is acting as and switches between the
 * emulator's demo users. Pages refetch through the demo-identity listeners.
 */
export function DevUserSwitcher() {
  const [users, setUsers] = useState<DemoUser[]>([])
  const [loadError, setLoadError] = useState('')
  const [openId, setOpenId] = useState(getDemoOpenId)
  const [open, setOpen] = useState(false)

  useEffect(() => onDemoOpenIdChange(setOpenId), [])
  useEffect(() => {
    // Loading the list also settles who is acting (a fresh browser: the first account).
    listDemoUsers().then(
      (loaded) => {
        setUsers(loaded)
        setOpenId(getDemoOpenId())
      },
      (error: Error) => setLoadError(error.message)
    )
  }, [])

  const current = users.find((user) => user.openId === openId)
  const currentName = current ? current.name : openId || '未选择'

  const pick = (user: DemoUser) => {
    setOpen(false)
    if (user.openId !== openId) setDemoOpenId(user.openId)
  }

  return (
    <>
      <View className="ps-dev-switcher" onClick={() => setOpen(true)}>
        <Text className="ps-dev-switcher__label">开发模式 · 当前身份：</Text>
        <Text className="ps-dev-current">{currentName}</Text>
        <Text className="ps-dev-switcher__action">{loadError || '切换'}</Text>
      </View>
      {/* A sibling, not a child: taps inside the sheet must not bubble to the bar. */}
      <ActionSheet visible={open} title="切换身份（开发模式）" cancelText="取消" onCancel={() => setOpen(false)}>
        <View className="ps-dev-options">
          {users.length === 0 && <View className="ps-dev-empty">{loadError || '没有可用的演示用户'}</View>}
          {groupDemoUsers(users).map((group) => (
            <View key={group.heading} className="ps-dev-group">
              <View className="ps-dev-group__heading">{group.heading}</View>
              {group.users.map((user) => (
                <View key={user.openId} className={`ps-dev-option${user.openId === openId ? ' ps-dev-option--active' : ''}`} onClick={() => pick(user)}>
                  <Text className="ps-dev-option__name">{user.name}</Text>
                  <Text className="ps-dev-option__label">{user.unit}</Text>
                </View>
              ))}
            </View>
          ))}
        </View>
      </ActionSheet>
    </>
  )
}
