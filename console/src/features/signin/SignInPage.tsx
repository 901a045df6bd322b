import { useEffect } from 'react'
import { Alert, Card } from 'tdesign-react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { signedIn, webAuth } from '../../api/cloudbase'
import { useSession } from '../../session/session'
import { DevSignIn } from './components/DevSignIn'
import { ScanSignIn } from './components/ScanSignIn'
import { demoTicket } from './dev-ticket'
import { anonymousLoginSettled } from './scan-api'

/**
 * 登录: scan the 小程序码 with WeChat and confirm in the mini-program (no
 * passwords). Both ways end the same: a custom-login ticket the web SDK
 * signs in with, then the functions say who this is.
 */
export function SignInPage() {
  const { state, refresh } = useSession()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const from = safeFrom(params.get('from'))

  useEffect(() => {
    if (state.status === 'signed-in') navigate(from, { replace: true })
  }, [state.status, from, navigate])

  const signInWithTicket = async (ticket: string): Promise<void> => {
    await anonymousLoginSettled()
    signedIn(await webAuth().signInWithCustomTicket(() => Promise.resolve(ticket)), '登录')
    await refresh()
  }

  return (
    <div className="signin-page">
      <Card className="signin-card" bordered={false}>
        <h1>党员学习教育 · 管理端</h1>
        <p className="muted">供组织部、党总支书记、支部书记和支部委员在电脑上使用。</p>
        {state.status === 'signed-out' && state.reason ? <Alert theme="warning" message={state.reason} /> : null}
        {/* Only once signed out: the scan starts a fresh anonymous login, which must not replace a session still being checked. */}
        {state.status === 'signed-out' ? <ScanSignIn onTicket={signInWithTicket} /> : null}
        {/* A literal the build replaces: the production bundle drops the shortcut and its code entirely. */}
        {__CONSOLE_DEV__ && state.status === 'signed-out' ? <DevSignIn onTicket={async (openId) => signInWithTicket(await demoTicket(openId))} /> : null}
      </Card>
    </div>
  )
}

/** Only a path of this console (never another site) after signing in. */
function safeFrom(from: string | null): string {
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/signin') ? from : '/'
}
