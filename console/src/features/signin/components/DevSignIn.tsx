import { useEffect, useState } from 'react'
import { Alert, Button, Select } from 'tdesign-react'
import { toApiError } from '../../../api/errors'
import { loadDemoUsers, type DemoUser } from '../dev-ticket'

/** 以演示用户登录: only in the development build the emulator serves. */
export function DevSignIn(props: { onTicket: (openId: string) => Promise<void> }) {
  const [users, setUsers] = useState<DemoUser[] | null>(null)
  const [chosen, setChosen] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    loadDemoUsers().then(
      // Nobody is preselected: signing in as the first account (the 组织部) by default would hide a pick that did not take.
      (list) => setUsers(list),
      (e: unknown) => setError(toApiError(e).message)
    )
  }, [])

  const signIn = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      await props.onTicket(chosen)
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="dev-signin" aria-label="开发模式登录">
      <h3>开发模式</h3>
      <p className="muted">本地模拟器中可直接以演示用户登录；正式版本没有此入口。</p>
      <Select
        value={chosen}
        onChange={(value) => setChosen(String(value))}
        loading={users === null && !error}
        options={(users ?? []).map((user) => ({ value: user.openId, label: `${user.name}（${user.label}）` }))}
        placeholder="选择演示用户"
        filterable
      />
      <Button block theme="default" loading={busy} disabled={!chosen} onClick={() => void signIn()} data-testid="dev-signin">
        以演示用户登录
      </Button>
      {error ? <Alert theme="error" message={error} /> : null}
    </section>
  )
}
