import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { MemberView } from '@contract/org'
import { isApiError, toApiError } from '@/api/errors'
import { invalidateWhoami } from '@/lib/use-whoami'
import { routes } from '@/routes'
import { redeemInvite } from '../api'
import { codeFromScan, inviteCodeProblem, normaliseInviteCode } from '../invite-code'
import { joinErrorMessage } from '../join-errors'
import { inviteSceneOf, useInviteScene } from './use-invite-scene'

/**
 * Where the code arrives from: ?code=… (the QR's join path), or ?scene=… (a
 * 小程序码: a short code resolved by the server, see useInviteScene, or an
 * older code's bare invite code).
 */
function initialCode(params: Record<string, string | undefined>): string {
  if (params.code) return normaliseInviteCode(decodeURIComponent(params.code))
  if (params.scene && !inviteSceneOf(params)) return codeFromScan(decodeURIComponent(params.scene))
  return ''
}

/** 我的, with who the caller is read again (they have just joined, or already had). */
export function goToMe(): void {
  invalidateWhoami()
  void Taro.switchTab({ url: routes.me })
}

/** What 加入组织 shows and does; the page only lays it out. */
export interface Join {
  code: string
  /** The code as typed (upper-cased; clears the last problem). */
  typeCode: (value: string) => void
  /** Why the code cannot be redeemed (ours, else the scene's), or ''. */
  problem: string
  /** A 小程序码's scene is being resolved to its code. */
  resolving: boolean
  submitting: boolean
  /** The member record this WeChat is now bound to, once joined. */
  joined: MemberView | null
  submit: () => void
  /** weapp: scan the invite's QR code into the box. */
  scan: () => void
}

/** 加入组织's state: the invite code (from the link, a 小程序码, a scan or typed) and redeeming it. */
export function useJoin(params: Record<string, string | undefined>): Join {
  const [code, setCode] = useState(() => initialCode(params))
  const [problem, setProblem] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [joined, setJoined] = useState<MemberView | null>(null)
  const fromScene = useInviteScene(inviteSceneOf(params), setCode)

  const submit = async () => {
    const normalised = normaliseInviteCode(code)
    const invalid = inviteCodeProblem(normalised)
    setProblem(invalid)
    if (invalid || submitting) return
    setSubmitting(true)
    try {
      const member = await redeemInvite({ code: normalised })
      setJoined(member)
      invalidateWhoami()
    } catch (error) {
      setProblem(isApiError(error) ? joinErrorMessage(error) : toApiError(error).message)
    } finally {
      setSubmitting(false)
    }
  }

  const scan = async () => {
    try {
      const result = await Taro.scanCode({ scanType: ['qrCode'] })
      setCode(codeFromScan(result.path || result.result || ''))
      setProblem('')
    } catch {
      // Cancelled: nothing to do.
    }
  }

  return {
    code,
    typeCode: (value) => {
      setCode(value.toUpperCase())
      setProblem('')
    },
    problem: problem || fromScene.problem,
    resolving: fromScene.resolving,
    submitting,
    joined,
    submit: () => void submit(),
    scan: () => void scan()
  }
}
