import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Capability } from '@contract/org'
import type { WhoamiMember } from '@contract/me'
import { call, onSignedOut } from '../api/call'
import { webAuth } from '../api/cloudbase'
import { toApiError, type ApiError } from '../api/errors'

export type SessionState = { status: 'checking' } | { status: 'signed-out'; reason: string | null } | { status: 'signed-in'; member: WhoamiMember }

interface SessionValue {
  state: SessionState
  /** After a ticket sign-in: ask the functions who this is. */
  refresh: () => Promise<void>
  signOut: () => Promise<void>
  can: (capability: Capability) => boolean
}

const SessionContext = createContext<SessionValue | null>(null)

/**
 * Who is signed in, as the functions resolve it from the web SDK's login
 * (never from anything the page says): `signin.session` answers for a ticket
 * login only. A member without anything to manage is shown why and signed out.
 */
export function SessionProvider(props: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' })
  // Only the latest check may set the state: the page's first check, slow under load, must not
  // land after a sign-in's own check and put back the login state from before it.
  const latest = useRef(0)

  const refresh = useCallback(async () => {
    const mine = ++latest.current
    const settle = (next: SessionState): void => {
      if (mine === latest.current) setState(next)
    }
    const login = await webAuth()
      .getLoginState()
      .catch(() => null)
    if (!login?.user) {
      settle({ status: 'signed-out', reason: null })
      return
    }
    try {
      const { member } = await call('signin', 'signin.session', {})
      if (member.workbench.length === 0) {
        await webAuth()
          .signOut()
          .catch(() => undefined)
        settle({ status: 'signed-out', reason: `${member.name}没有管理端的权限：管理端供组织部、党总支和支部委员使用。` })
      } else settle({ status: 'signed-in', member })
    } catch (error) {
      const apiError: ApiError = toApiError(error)
      settle({
        status: 'signed-out',
        reason: apiError.code === 'UNAUTHENTICATED' || apiError.code === 'SIGNED_OUT' || apiError.code === 'SESSION_ENDED' ? null : apiError.message
      })
    }
  }, [])

  const signOut = useCallback(async () => {
    // Ends the console session everywhere (every browser of this member), then this browser's login.
    await call('signin', 'signin.signOut', {}).catch(() => undefined)
    await webAuth()
      .signOut()
      .catch(() => undefined)
    latest.current += 1 // a check still running answers for the login that just ended
    setState({ status: 'signed-out', reason: null })
  }, [])

  useEffect(() => {
    void refresh()
    return onSignedOut((error) => setState({ status: 'signed-out', reason: error.message }))
  }, [refresh])

  const value = useMemo<SessionValue>(
    () => ({
      state,
      refresh,
      signOut,
      can: (capability) => state.status === 'signed-in' && state.member.workbench.some((scope) => scope.capabilities.includes(capability))
    }),
    [state, refresh, signOut]
  )
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession outside SessionProvider')
  return value
}

/** The signed-in member (pages under the shell are only rendered signed in). */
export function useMember(): WhoamiMember {
  const { state } = useSession()
  if (state.status !== 'signed-in') throw new Error('useMember while signed out')
  return state.member
}
