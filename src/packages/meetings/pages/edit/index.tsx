import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { MeetingDetail } from '@contract/meetings-api'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { getMeeting } from '@/features/meetings/api'
import { MeetingEditor } from '@/features/meetings/components/MeetingEditor'
import { MeetingScope } from '@/features/meetings/components/MeetingScope'
import { useMeetingEdit } from '@/features/meetings/hooks/use-meeting-edit'
import { emptyMeetingForm, meetingFormFrom, type MeetingFormState } from '@/features/meetings/meeting-form'
import { StackPage } from '@/layouts/StackPage'
import { useRequest } from '@/lib/use-request'
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
  const { form, change, problems, saving, save } = useMeetingEdit(unitId, initial, meeting)

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
        <Button className="ps-meeting-save" type="primary" loading={saving} onClick={save}>
          {meeting ? '保存修改' : '创建会议'}
        </Button>
      </View>
    </View>
  )
}
