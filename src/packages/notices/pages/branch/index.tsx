import { useState } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button as NativeButton, Text, View } from '@tarojs/components'
import type { MemberProgress, NoticeDetail, NoticesActions, ReviewStatus, ScheduleChange } from '@contract/notices-api'
import { isApiError } from '@/api/errors'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { whoami } from '@/lib/whoami'
import { getNotice, getProgress, pushNotice, remindBranch } from '@/features/notices/api'
import { AnswerReviewPopup } from '@/features/notices/components/AnswerReviewPopup'
import { CountersView, ProgressList, ReachSummary, RescheduleForm, UnreachedCard } from '@/features/notices/components/BranchParts'
import { SharePoster } from '@/features/notices/components/SharePoster'
import { StudyRecordCard } from '@/features/notices/components/StudyRecordCard'
import { firstScheduledDate, isPastStudy } from '@/features/notices/format'
import { noticeTitle } from '@/lib/notice-naming'
import { formatDay, formatShanghai, nextShanghaiMidnight } from '@/lib/calendar'
import { getUnitTree } from '@/lib/unit-tree'
import { StackPage } from '@/layouts/StackPage'
import { showDone } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/notices/components/notices.css'

interface BranchData {
  notice: NoticeDetail
  unitName: string
}

/** The branch's name: from the caller's own scopes, else from the tree they can see. */
async function unitNameOf(unitId: string): Promise<string> {
  const { member } = await whoami()
  const scope = member?.workbench.find((candidate) => candidate.unitId === unitId)
  if (scope) return scope.unitName
  const unit = (await getUnitTree()).find((candidate) => candidate.id === unitId)
  return unit?.name ?? '本支部'
}

/** 本支部学习安排 (secretary): push, remind, move the time, see who has done what, review, export the record. */
export default function NoticeBranchPage() {
  const { id = '', unitId = '' } = useRouter().params
  const { data, error, loading, refetch } = useRequest<BranchData | null>(async () => {
    if (!id || !unitId) return null
    const [notice, unitName] = await Promise.all([getNotice({ id }), unitNameOf(unitId)])
    return { notice, unitName }
  })

  // weapp: the secretary forwards the notice itself to the branch's WeChat group.
  useShareAppMessage(() => ({ title: data ? noticeTitle(data.notice) : '党员学习教育安排', path: routes.noticeDetail(id) }))

  let body
  if (!id || !unitId) body = <EmptyView text="没有指定学习安排，请从工作台进入" />
  else if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data) body = <Branch key={`${id}:${unitId}`} notice={data.notice} unitId={unitId} unitName={data.unitName} />
  return <StackPage className="ps-notice-branch-page">{body}</StackPage>
}

type PushResult = NoticesActions['notices.push']['result']
type RemindResult = NoticesActions['notices.remind']['result']

function remindKey(noticeId: string, unitId: string): string {
  return `ps.remindNext.${noticeId}.${unitId}`
}

function Branch({ notice, unitId, unitName }: { notice: NoticeDetail; unitId: string; unitName: string }) {
  const progress = useRequest(() => getProgress({ id: notice.id, unitId }))
  const [confirm, setConfirm] = useState<'push' | 'remind' | null>(null)
  const [pushed, setPushed] = useState<PushResult | null>(null)
  const [reminded, setReminded] = useState<RemindResult | null>(null)
  const [nextRemind, setNextRemind] = useState<string | null>(() => {
    try {
      const stored = String(Taro.getStorageSync(remindKey(notice.id, unitId)) || '')
      return stored && new Date(stored).getTime() > Date.now() ? stored : null
    } catch {
      return null
    }
  })
  const [change, setChange] = useState<ScheduleChange | null>(notice.scheduleChange?.unitId === unitId ? notice.scheduleChange : null)
  const [viewing, setViewing] = useState<MemberProgress | null>(null)
  const [sharing, setSharing] = useState(false)
  // Reviews done on this visit, over the loaded list (no reload, so the list does not flash).
  const [reviews, setReviews] = useState<Record<string, ReviewStatus>>({})

  const rememberRemind = (at: string) => {
    setNextRemind(at)
    try {
      Taro.setStorageSync(remindKey(notice.id, unitId), at)
    } catch {
      // Not remembered: the server still refuses a second 催办 today.
    }
  }

  const push = async () => {
    const result = await pushNotice({ id: notice.id, unitId })
    setPushed(result)
    setConfirm(null)
    showDone(result.sent > 0 ? `已发送 ${result.sent} 人` : '推送完成')
  }

  const remind = async () => {
    try {
      const result = await remindBranch({ id: notice.id, unitId })
      setReminded(result)
      // A 催办 that reached nobody leaves the day unused: the button stays.
      if (result.nextAllowedAt) rememberRemind(result.nextAllowedAt)
      setConfirm(null)
      showDone(result.reminded > 0 ? `已提醒 ${result.reminded} 人` : '无人收到提醒，请在群里通知')
    } catch (error) {
      if (isApiError(error) && error.code === 'REMINDED_TODAY') {
        rememberRemind(nextShanghaiMidnight(new Date()))
        setConfirm(null)
      }
      throw error
    }
  }

  const counters = progress.data?.counters
  const unfinished = counters ? Math.max(0, counters.assigned - counters.answered) : 0
  const remindBlocked = nextRemind !== null && new Date(nextRemind).getTime() > Date.now()
  const firstDate = firstScheduledDate(notice.schedule)
  // Published on purpose after its study day (allowPast): members see 往期学习, so no push announces it as new.
  const past = isPastStudy(firstDate, new Date())

  return (
    <View className="ps-notice-branch">
      <View className="ps-n-head">
        <View className="ps-n-head__title ps-notice-title">{noticeTitle(notice)}</View>
        <View className="ps-n-head__sub">
          <Text className="ps-branch-name">{unitName}</Text> · 原定 {formatDay(firstDate)} · {notice.theme}
        </View>
        {past && <View className="ps-notice ps-notice-past">往期学习：学习日期已过，党员只能作为往期学习查看，不再推送学习通知。</View>}
      </View>

      {progress.loading && <LoadingView />}
      {progress.error && <ErrorView error={progress.error} onRetry={progress.refetch} />}
      {counters && <CountersView counters={counters} />}

      <View className="ps-card ps-notice-outreach">
        <View className="ps-card__title">通知党员</View>
        <View className="ps-muted">推送只发给开启了学习提醒的党员，每人每期最多一次；其他党员可通过转发到支部微信群的链接查看。</View>
        {progress.data && <ReachSummary members={progress.data.members} />}
        <View className="ps-actions ps-actions--left">
          <Button className="ps-notice-push" type="primary" size="small" disabled={past} onClick={() => setConfirm('push')}>
            推送给党员
          </Button>
          <Button
            className="ps-notice-remind"
            size="small"
            fill="outline"
            disabled={remindBlocked || (counters !== undefined && unfinished === 0)}
            onClick={() => setConfirm('remind')}
          >
            一键催办
          </Button>
          {/* weapp: the share card for the branch's WeChat group (useShareAppMessage); a poster there would need a canvas, so none. */}
          {process.env.TARO_ENV === 'weapp' ? (
            <NativeButton className="ps-notice-share" openType="share" size="mini">
              转发到微信群
            </NativeButton>
          ) : (
            <Button className="ps-notice-share" size="small" fill="outline" onClick={() => setSharing(true)}>
              分享海报 / 链接
            </Button>
          )}
        </View>
        {pushed && (
          <View className="ps-n-result ps-push-result">
            已发送 <Text className="ps-push-sent">{pushed.sent}</Text> 人；未开启提醒 <Text className="ps-push-no-consent">{pushed.noConsent}</Text>{' '}
            人（请把链接发到支部微信群）；此前已发送 <Text className="ps-push-already">{pushed.alreadySent}</Text> 人。
          </View>
        )}
        {pushed && <UnreachedCard unreached={pushed.unreached} onShare={() => setSharing(true)} />}
        {reminded !== null && (
          <View className="ps-n-result ps-remind-result">
            {reminded.reminded > 0
              ? `已提醒尚未提交的 ${reminded.reminded} 人（仅开启了提醒的党员）。`
              : '这次催办没有发出任何消息，今天仍可再次催办；请把下面的名单发到支部微信群。'}
          </View>
        )}
        {reminded !== null && <UnreachedCard unreached={reminded.unreached} onShare={() => setSharing(true)} />}
        {remindBlocked && nextRemind && <View className="ps-muted ps-remind-next">今天已催办，{formatShanghai(nextRemind)} 后可再次催办。</View>}
        {counters !== undefined && unfinished === 0 && <View className="ps-muted">全部党员已提交，无需催办。</View>}
      </View>

      <RescheduleForm
        noticeId={notice.id}
        unitId={unitId}
        firstDate={firstDate}
        current={change}
        onDone={(next) => {
          setChange(next)
          showDone('已报党委组织部')
        }}
      />

      {progress.data && (
        <ProgressList
          members={progress.data.members.map((member) => (reviews[member.memberId] ? { ...member, review: reviews[member.memberId] } : member))}
          onOpen={setViewing}
        />
      )}

      <StudyRecordCard noticeId={notice.id} unitId={unitId} />

      {process.env.TARO_ENV === 'h5' && <SharePoster visible={sharing} onClose={() => setSharing(false)} notice={notice} change={change} unitName={unitName} />}

      <ConfirmDialog
        className="ps-notice-push-dialog"
        visible={confirm === 'push'}
        title="推送给党员"
        message={`将通过微信向「${unitName}」开启了学习提醒的党员发送本期学习安排（每人最多一次，已发过的不再发送）。`}
        confirmText="确认推送"
        onClose={() => setConfirm(null)}
        onConfirm={push}
      />
      <ConfirmDialog
        className="ps-notice-remind-dialog"
        visible={confirm === 'remind'}
        title="一键催办"
        message={`将提醒尚未提交学习讨论的 ${unfinished} 人（仅开启了提醒的党员会收到），每天最多催办一次。`}
        confirmText="确认催办"
        onClose={() => setConfirm(null)}
        onConfirm={remind}
      />
      <AnswerReviewPopup
        noticeId={notice.id}
        member={viewing}
        onClose={() => setViewing(null)}
        onReviewed={(memberId, status) => {
          setReviews((current) => ({ ...current, [memberId]: status }))
        }}
      />
    </View>
  )
}
