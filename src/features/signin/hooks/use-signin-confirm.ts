import { useCallback, useEffect, useState } from 'react'
import type { SigninDescription } from '@contract/signin-api'
import { toApiError, type ApiError } from '@/api/errors'
import { cancelSignin, confirmSignin, describeSignin } from '../api'

export type SigninOutcome = 'confirmed' | 'cancelled' | null

/** What 在电脑上登录管理端？ shows and does for one scanned code; the page only lays it out. */
export interface SigninConfirm {
  /** The request as the server describes it; null while loading (or after a failure). */
  info: SigninDescription | null
  error: ApiError | null
  reload: () => void
  busy: boolean
  /** What the member decided, once the server took it. */
  outcome: SigninOutcome
  /** Why 确认/取消 failed, in the server's words. */
  problem: string
  act: (confirm: boolean) => void
}

/** `scene`: the console's 小程序码 scene, as the page was opened with it. */
export function useSigninConfirm(scene: string): SigninConfirm {
  const [info, setInfo] = useState<SigninDescription | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<SigninOutcome>(null)
  const [problem, setProblem] = useState('')

  const load = useCallback(async () => {
    setError(null)
    try {
      setInfo(await describeSignin(scene))
    } catch (cause) {
      setError(toApiError(cause))
    }
  }, [scene])

  useEffect(() => {
    void load()
  }, [load])

  const act = async (confirm: boolean) => {
    if (busy) return
    setBusy(true)
    setProblem('')
    try {
      await (confirm ? confirmSignin(scene) : cancelSignin(scene))
      setOutcome(confirm ? 'confirmed' : 'cancelled')
    } catch (cause) {
      setProblem(toApiError(cause).message)
    } finally {
      setBusy(false)
    }
  }

  return { info, error, reload: () => void load(), busy, outcome, problem, act: (confirm) => void act(confirm) }
}
