import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { MemberView } from '@contract/org'
import { isApiError, toApiError } from '@/api/errors'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { invalidateWhoami, useWhoami } from '@/lib/use-whoami'
import { redeemInvite } from '@/features/org/api'
import { codeFromScan, inviteCodeProblem, normaliseInviteCode, INVITE_CODE_LENGTH } from '@/features/org/invite-code'
import { joinErrorMessage } from '@/features/org/join-errors'
import { inviteSceneOf, useInviteScene } from '@/features/org/hooks/use-invite-scene'
import { StackPage } from '@/layouts/StackPage'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import { Input } from '@/ui/input'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/org/components/org.css'

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

function goToMe() {
  invalidateWhoami()
  void Taro.switchTab({ url: routes.me })
}

/** 加入组织: a newcomer redeems the invite their branch secretary gave them, binding this WeChat to their member record. */
export default function JoinPage() {
  const { params } = useRouter()
  const who = useWhoami()
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

  let body
  if (joined) {
    body = (
      <View className="ps-join-success">
        <View className="ps-join-success__mark">✓</View>
        <View className="ps-join-success__title">加入成功</View>
        <View className="ps-join-success__text">
          欢迎你，<Text className="ps-join-success-name">{joined.name}</Text>！你已加入
          <Text className="ps-join-success-unit">{joined.unitName}</Text>
          {joined.groupName ? ` · ${joined.groupName}` : ''}。
        </View>
        <Button className="ps-join-me" type="primary" block onClick={goToMe}>
          前往我的
        </Button>
      </View>
    )
  } else if (who.loading) {
    body = <LoadingView />
  } else if (who.error) {
    body = <ErrorView error={who.error} onRetry={who.refetch} />
  } else if (who.data?.member) {
    body = (
      <View className="ps-join-already">
        <View className="ps-notice">
          你已是 {who.data.member.unitName} 的党员（{who.data.member.name}），无需再次加入。
        </View>
        <Button className="ps-join-me" type="primary" block onClick={goToMe}>
          前往我的
        </Button>
      </View>
    )
  } else {
    body = (
      <View className="ps-join">
        <View className="ps-join__title">使用邀请码加入组织</View>
        <View className="ps-join__hint">请输入支部书记发给你的 {INVITE_CODE_LENGTH} 位邀请码，加入后本微信将绑定你的党员身份。</View>
        <Input
          className="ps-join-input"
          placeholder="输入邀请码"
          value={code}
          maxLength={12}
          clearable
          onChange={(value) => {
            setCode(value.toUpperCase())
            setProblem('')
          }}
          onConfirm={() => void submit()}
        />
        {fromScene.resolving && <View className="ps-muted ps-join-resolving">正在读取小程序码中的邀请码…</View>}
        {(problem || fromScene.problem) && <View className="ps-join-error">{problem || fromScene.problem}</View>}
        <Button className="ps-join-submit" type="primary" block loading={submitting} onClick={() => void submit()}>
          加入
        </Button>
        {process.env.TARO_ENV === 'weapp' && (
          <Button className="ps-join-scan" fill="outline" block onClick={() => void scan()}>
            扫描邀请二维码
          </Button>
        )}
      </View>
    )
  }

  return <StackPage className="ps-join-page">{body}</StackPage>
}
