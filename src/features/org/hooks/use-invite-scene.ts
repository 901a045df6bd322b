import { useEffect, useState } from 'react'
import { INVITE_SCENE_PATTERN } from '@contract/org'
import { isApiError, toApiError } from '@/api/errors'
import { resolveInviteScene } from '../api'
import { joinErrorMessage } from '../join-errors'

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** The short-code scene a 小程序码 opened the join page with (weapp: options.scene; H5: ?scene=), or ''. */
export function inviteSceneOf(params: Record<string, string | undefined>): string {
  const scene = params.scene ? safeDecode(params.scene).trim() : ''
  return INVITE_SCENE_PATTERN.test(scene) ? scene : ''
}

/**
 * Resolves an invite 小程序码's scene to the invite code it stands for, once;
 * `onCode` fills the code in (the newcomer still presses 加入).
 */
export function useInviteScene(scene: string, onCode: (code: string) => void): { resolving: boolean; problem: string } {
  const [resolving, setResolving] = useState(Boolean(scene))
  const [problem, setProblem] = useState('')
  useEffect(() => {
    if (!scene) return
    let live = true
    resolveInviteScene({ scene })
      .then(({ code }) => live && onCode(code))
      .catch((error: unknown) => live && setProblem(isApiError(error) ? joinErrorMessage(error) : toApiError(error).message))
      .finally(() => live && setResolving(false))
    return () => {
      live = false
    }
    // Once per scene: onCode is the page's setter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scene])
  return { resolving, problem }
}
