import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button as NativeButton, Text, View } from '@tarojs/components'
import type { NoticeDetail } from '@contract/notices-api'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { AnswerReviewPopup } from '@/features/notices/components/AnswerReviewPopup'
import { CountersView, ProgressList, ReachSummary, RescheduleForm, UnreachedCard } from '@/features/notices/components/BranchParts'
import { SharePoster } from '@/features/notices/components/SharePoster'
import { StudyRecordCard } from '@/features/notices/components/StudyRecordCard'
import { loadNoticeBranch, useNoticeBranch } from '@/features/notices/hooks/use-notice-branch'
import { noticeTitle } from '@/lib/notice-naming'
import { formatDay, formatShanghai } from '@/lib/calendar'
import { StackPage } from '@/layouts/StackPage'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/notices/components/notices.css'

/** 本支部学习安排 (secretary): push, remind, move the time, see who has done what, review, export the record. */
export default function NoticeBranchPage() {
  const { id = '', unitId = '' } = useRouter().params
  const { data, error, loading, refetch } = useRequest(() => loadNoticeBranch(id, unitId))

  // weapp: the secretary forwards the notice itself to the branch's WeChat group.
  useShareAppMessage(() => ({ title: data ? noticeTitle(data.notice) : '党员学习教育安排', path: routes.noticeDetail(id) }))

  let body
  if (!id || !unitId) body = <EmptyView text="没有指定学习安排，请从工作台进入" />
  else if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data) body = <Branch key={`${id}:${unitId}`} notice={data.notice} unitId={unitId} unitName={data.unitName} />
  return <StackPage className="ps-notice-branch-page">{body}</StackPage>
}

function Branch({ notice, unitId, unitName }: { notice: NoticeDetail; unitId: string; unitName: string }) {
  const b = useNoticeBranch(notice, unitId)
  const { progress, pushed, reminded, nextRemind, unfinished, firstDate, past } = b
  const counters = progress.data?.counters

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
          <Button className="ps-notice-push" type="primary" size="small" disabled={past} onClick={() => b.setConfirm('push')}>
            推送给党员
          </Button>
          <Button
            className="ps-notice-remind"
            size="small"
            fill="outline"
            disabled={b.remindBlocked || (counters !== undefined && unfinished === 0)}
            onClick={() => b.setConfirm('remind')}
          >
            一键催办
          </Button>
          {/* weapp: the share card for the branch's WeChat group (useShareAppMessage); a poster there would need a canvas, so none. */}
          {process.env.TARO_ENV === 'weapp' ? (
            <NativeButton className="ps-notice-share" openType="share" size="mini">
              转发到微信群
            </NativeButton>
          ) : (
            <Button className="ps-notice-share" size="small" fill="outline" onClick={() => b.setSharing(true)}>
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
        {pushed && <UnreachedCard unreached={pushed.unreached} onShare={() => b.setSharing(true)} />}
        {reminded !== null && (
          <View className="ps-n-result ps-remind-result">
            {reminded.reminded > 0
              ? `已提醒尚未提交的 ${reminded.reminded} 人（仅开启了提醒的党员）。`
              : '这次催办没有发出任何消息，今天仍可再次催办；请把下面的名单发到支部微信群。'}
          </View>
        )}
        {reminded !== null && <UnreachedCard unreached={reminded.unreached} onShare={() => b.setSharing(true)} />}
        {b.remindBlocked && nextRemind && <View className="ps-muted ps-remind-next">今天已催办，{formatShanghai(nextRemind)} 后可再次催办。</View>}
        {counters !== undefined && unfinished === 0 && <View className="ps-muted">全部党员已提交，无需催办。</View>}
      </View>

      <RescheduleForm noticeId={notice.id} unitId={unitId} firstDate={firstDate} current={b.change} onDone={b.rescheduled} />

      {b.members && <ProgressList members={b.members} onOpen={b.setViewing} />}

      <StudyRecordCard noticeId={notice.id} unitId={unitId} />

      {process.env.TARO_ENV === 'h5' && (
        <SharePoster visible={b.sharing} onClose={() => b.setSharing(false)} notice={notice} change={b.change} unitName={unitName} />
      )}

      <ConfirmDialog
        className="ps-notice-push-dialog"
        visible={b.confirm === 'push'}
        title="推送给党员"
        message={`将通过微信向「${unitName}」开启了学习提醒的党员发送本期学习安排（每人最多一次，已发过的不再发送）。`}
        confirmText="确认推送"
        onClose={() => b.setConfirm(null)}
        onConfirm={b.push}
      />
      <ConfirmDialog
        className="ps-notice-remind-dialog"
        visible={b.confirm === 'remind'}
        title="一键催办"
        message={`将提醒尚未提交学习讨论的 ${unfinished} 人（仅开启了提醒的党员会收到），每天最多催办一次。`}
        confirmText="确认催办"
        onClose={() => b.setConfirm(null)}
        onConfirm={b.remind}
      />
      <AnswerReviewPopup noticeId={notice.id} member={b.viewing} onClose={() => b.setViewing(null)} onReviewed={b.reviewed} />
    </View>
  )
}
