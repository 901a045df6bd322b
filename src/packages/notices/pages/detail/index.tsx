import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button as NativeButton, View } from '@tarojs/components'
import type { NoticeDetail } from '@contract/notices-api'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { AnswerForm } from '@/features/notices/components/AnswerForm'
import { MaterialList, NumberedSection, ScheduleView, TextSection } from '@/features/notices/components/NoticeSections'
import { ReminderBox } from '@/features/notices/components/ReminderBox'
import { SharePoster } from '@/features/notices/components/SharePoster'
import { loadNoticeDetail, useNoticeDetail } from '@/features/notices/hooks/use-notice-detail'
import { noticeTitle } from '@/lib/notice-naming'
import { formatDay, shanghaiDay } from '@/lib/calendar'
import { openExternalLink } from '@/lib/links'
import { StackPage } from '@/layouts/StackPage'
import { ListenBar } from '@/features/listen/ListenBar'
import { materialSpeech } from '@/features/listen/speech-text'
import { showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import { Popup } from '@/ui/popup'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/notices/components/notices.css'

/** 学习安排 (member): what, when, the materials to read, and the written discussion. */
export default function NoticeDetailPage() {
  const id = useRouter().params.id ?? ''
  const { data, error, loading, refetch } = useRequest(() => loadNoticeDetail(id))

  // weapp: 转发 from the menu or the share button opens this notice for whoever receives it.
  useShareAppMessage(() => ({ title: data ? noticeTitle(data) : '党员学习教育安排', path: routes.noticeDetail(id) }))

  let body
  if (!id) body = <EmptyView text="没有指定学习安排，请从首页进入" />
  else if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data) body = <Detail key={data.id} notice={data} />
  return <StackPage className="ps-notice-detail-page">{body}</StackPage>
}

function Detail({ notice }: { notice: NoticeDetail }) {
  const d = useNoticeDetail(notice)
  const { material, reading } = d
  return (
    <View className="ps-notice-detail">
      <View className="ps-n-head">
        <View className="ps-n-head__title ps-notice-title">{noticeTitle(notice)}</View>
        <View className="ps-n-head__sub">
          {notice.compiledBy} · {formatDay(notice.publishedOn)}
        </View>
      </View>

      {notice.correction && (
        <View className="ps-notice-corrected">
          已更正（{formatDay(shanghaiDay(new Date(notice.correction.at)))}）：{notice.correction.changed.join('、')}。你的回答已保留。
        </View>
      )}
      {notice.mine && <ReminderBox noticeId={notice.id} />}

      {/* 听学: the notice read aloud (title, theme, purpose, each material); nothing is recorded. */}
      <ListenBar owner={`notice-${notice.id}`} text={noticeSpeech(notice)} label="听学：朗读本期主题、目的和学习材料" />
      <ScheduleView schedule={notice.schedule} change={notice.scheduleChange} />
      <TextSection title="学习教育主题" text={notice.theme} className="ps-notice-theme" />
      <TextSection title="学习教育目的" text={notice.purpose} />
      <MaterialList materials={notice.materials} read={d.read} onOpen={d.open} />
      {notice.mine ? (
        <AnswerForm noticeId={notice.id} questions={notice.discussion} mine={notice.mine} deadline={notice.answerDeadline} />
      ) : (
        <NumberedSection title="学习讨论" items={notice.discussion} />
      )}
      <NumberedSection title="学习要求" items={notice.requirements} />

      <View className="ps-actions">
        {/* weapp: 转发 (useShareAppMessage) and no poster, which would need a canvas there; H5: the poster with QR code and link. */}
        {process.env.TARO_ENV === 'weapp' ? (
          <NativeButton className="ps-notice-share" openType="share" size="mini">
            转发
          </NativeButton>
        ) : (
          <Button className="ps-notice-share" size="small" fill="outline" onClick={d.share}>
            分享
          </Button>
        )}
      </View>

      {process.env.TARO_ENV === 'h5' && (
        <SharePoster
          visible={d.sharing}
          onClose={d.closeShare}
          notice={notice}
          change={notice.scheduleChange}
          unitName={notice.scheduleChange?.unitName ?? d.unitName}
        />
      )}

      <Popup
        visible={material !== null}
        position="bottom"
        round
        closeable
        title={reading === null ? '' : `学习材料 ${reading + 1}`}
        onClose={d.closeMaterial}
        className="ps-n-popup"
      >
        {material && (
          <View className="ps-n-fulltext ps-notice-fulltext">
            <View className="ps-n-fulltext__title">{material.title}</View>
            <ListenBar owner={`material-${notice.id}-${reading}`} text={materialSpeech(material)} label="听学：朗读这篇材料" />
            {material.fullText ? (
              <View className="ps-text">{material.fullText}</View>
            ) : (
              <View className="ps-text">
                该材料未附全文{material.page ? `，请查阅学习材料汇编第 ${material.page} 页` : ''}
                {material.note ? `（${material.note}）` : ''}。
              </View>
            )}
            {material.url && (
              <View className="ps-actions ps-actions--left">
                <Button size="small" fill="outline" onClick={() => void openExternalLink(material.url ?? '').catch(showError)}>
                  {process.env.TARO_ENV === 'h5' ? '打开原文链接' : '复制原文链接'}
                </Button>
              </View>
            )}
          </View>
        )}
      </Popup>
    </View>
  )
}

/** What 听学 reads for the whole notice, in the page's order. */
function noticeSpeech(notice: NoticeDetail): string {
  const parts = [
    noticeTitle(notice),
    notice.theme ? `学习教育主题：${notice.theme}` : '',
    notice.purpose ? `学习教育目的：${notice.purpose}` : '',
    ...notice.materials.map((material, index) => `学习材料 ${index + 1}：${materialSpeech(material)}`)
  ]
  return parts.filter(Boolean).join('\n')
}
