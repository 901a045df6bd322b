import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { MeetingDetail } from '@contract/meetings-api'
import { ApiError } from '@/api/errors'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { createMeeting, getMeeting, updateMeeting } from '@/features/meetings/api'
import { MeetingEditor } from '@/features/meetings/components/MeetingEditor'
import { MeetingScope } from '@/features/meetings/components/MeetingScope'
import { emptyMeetingForm, meetingFormFrom, meetingInputFrom, type MeetingFormState } from '@/features/meetings/meeting-form'
import { StackPage } from '@/layouts/StackPage'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/meetings/components/meetings.css'

/** 新建会议 (?unitId=) or 编辑会议 (?id=, before it starts). */
export default function MeetingEditPage() {
  const { id = '', unitId = '' } = useRouter().params
  let body
  if (id) body = <EditExisting key={id} id={id} />
  else if (unitId)
    body = (
      <MeetingScope unitId={unitId}>
        {(scope, memberId) => (
          <MeetingFormView
            key={`${scope.unitId}:${memberId}`}
            unitId={scope.unitId}
            heading={`新建会议 · ${scope.unitName}`}
            initial={emptyMeetingForm(new Date())}
          />
        )}
      </MeetingScope>
    )
  else body = <EmptyView text="没有指定会议，请从组织生活进入" />
  return <StackPage className="ps-meetings-page ps-meeting-edit-page">{body}</StackPage>
}

function EditExisting({ id }: { id: string }) {
  const { data, error, loading, refetch } = useRequest(() => getMeeting({ id }))
  if (loading) return <LoadingView />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  if (!data) return null
  if (!data.canRun) return <EmptyView text="你无权修改这次会议" />
  return <MeetingFormView unitId={data.unitId} heading={`编辑会议 · ${data.unitName}`} initial={meetingFormFrom(data)} meeting={data} />
}

function MeetingFormView({ unitId, heading, initial, meeting }: { unitId: string; heading: string; initial: MeetingFormState; meeting?: MeetingDetail }) {
  const [form, setForm] = useState(initial)
  const [problems, setProblems] = useState<string[]>([])
  const [saving, setSaving] = useState(false)

  const change = (next: MeetingFormState) => {
    setForm(next)
    if (problems.length) setProblems(meetingInputFrom(next).problems)
  }

  const save = async () => {
    if (saving) return
    const check = meetingInputFrom(form)
    setProblems(check.problems)
    if (!check.input) {
      showError(new ApiError('INVALID_INPUT', `还有 ${check.problems.length} 处需要修改`))
      return
    }
    setSaving(true)
    try {
      if (meeting) {
        await updateMeeting({ id: meeting.id, meeting: check.input })
        showDone('会议已修改')
        // Back to the meeting, which reloads when shown.
        if (Taro.getCurrentPages().length > 1) await Taro.navigateBack()
        else await Taro.redirectTo({ url: routes.meetingDetail(meeting.id) })
      } else {
        const created = await createMeeting({ unitId, meeting: check.input })
        showDone('会议已创建')
        await Taro.redirectTo({ url: routes.meetingDetail(created.id) })
      }
    } catch (error) {
      showError(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="ps-meeting-edit">
      <View className="ps-m-head">
        <View className="ps-m-head__title">{heading}</View>
        <View className="ps-m-head__sub">保存后通知范围内的党员即可看到；会议开始后不能再修改。</View>
      </View>
      <MeetingEditor unitId={unitId} form={form} onChange={change} />
      {problems.length > 0 && (
        <View className="ps-problems ps-meeting-problems">
          {problems.map((problem) => (
            <View key={problem}>· {problem}</View>
          ))}
        </View>
      )}
      <View className="ps-bottom-bar">
        <Button className="ps-meeting-save" type="primary" loading={saving} onClick={() => void save()}>
          {meeting ? '保存修改' : '创建会议'}
        </Button>
      </View>
    </View>
  )
}
