import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { AttendeeView, CheckinPhase, MeetingsActions } from '@contract/meetings-api'
import { MANUAL_REASONS, OTHER_REASON, REASON_TEXT_MAX, REASON_TEXT_MIN, type ManualReason } from '@contract/meetings-rules'
import { toApiError, type ApiError } from '@/api/errors'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { LoadingView } from '@/components/RequestStates'
import { formatShanghai } from '@/lib/calendar'
import { showDone, showError } from '@/lib/toast'
import { ActionSheet } from '@/ui/action-sheet'
import { Button } from '@/ui/button'
import { Input } from '@/ui/input'
import { listAttendance, markAttendance } from '../api'
import { groupAttendees, manualStatus } from '../attendance'
import { attendanceText } from '../format'
import { usePolling } from '../hooks/use-polling'
import { CallMember, callable } from './CallMember'
import { CountersView } from './CountersView'

type AttendanceList = MeetingsActions['attendance.list']['result']

const POLL_MS = 5000
const REASON_OPTIONS = MANUAL_REASONS.map((name) => ({ name }))

/**
 * 签到情况 on the host's screen, every 5 seconds while the screen is shown:
 * the counts and everyone by status. A pending member can be checked in by
 * hand (with a reason, for the record); a check-in can be undone.
 */
export function LiveAttendance({ meetingId, phase }: { meetingId: string; phase: CheckinPhase | null }) {
  const [data, setData] = useState<AttendanceList | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [marking, setMarking] = useState<AttendeeView | null>(null)
  const [undoing, setUndoing] = useState<AttendeeView | null>(null)
  /** 其他 asks for a few words before the mark is sent. */
  const [explaining, setExplaining] = useState<AttendeeView | null>(null)
  const [reasonText, setReasonText] = useState('')

  const load = async () => {
    try {
      setData(await listAttendance({ id: meetingId }))
      setError(null)
    } catch (cause) {
      setError(toApiError(cause))
      throw cause
    }
  }
  usePolling(load, POLL_MS)

  /** Shows an answer at once, before the next poll brings the counts. */
  const replace = (member: AttendeeView) => {
    setData((current) => (current ? { ...current, members: current.members.map((m) => (m.memberId === member.memberId ? member : m)) } : current))
    void load().catch(() => undefined)
  }

  const mark = async (reason: ManualReason, member = marking, text?: string) => {
    setMarking(null)
    if (!member) return
    if (reason === OTHER_REASON && text === undefined) {
      setReasonText('')
      setExplaining(member)
      return
    }
    try {
      replace(
        await markAttendance({
          id: meetingId,
          memberId: member.memberId,
          status: manualStatus(phase ?? 'on_time'),
          reason,
          ...(text ? { reasonText: text } : {})
        })
      )
      showDone(`已为 ${member.name} 签到`)
    } catch (cause) {
      showError(cause)
    }
  }

  const undo = async () => {
    if (!undoing) return
    replace(await markAttendance({ id: meetingId, memberId: undoing.memberId, status: 'clear' }))
    showDone(`已撤销 ${undoing.name} 的签到`)
    setUndoing(null)
  }

  if (!data) return error ? <View className="ps-problems">{error.message}</View> : <LoadingView text="正在读取签到情况…" />
  return (
    <View className="ps-card ps-live-attendance">
      <View className="ps-card__title">
        签到情况<Text className="ps-card__title-extra">每 5 秒自动刷新</Text>
      </View>
      <CountersView counters={data.counters} className="ps-live-counters" />
      {error && <View className="ps-muted ps-m-warn">刷新失败：{error.message}（稍后自动重试）</View>}
      {groupAttendees(data.members).map((group) => (
        <View key={group.status} className={`ps-m-group ps-live-group ps-live-group--${group.status}`}>
          <View className="ps-m-group__title">
            {group.label} {group.members.length}
          </View>
          {group.members.map((member) => (
            <View key={member.memberId} className="ps-m-member ps-live-member">
              <Text className="ps-m-member__name ps-live-member-name">{member.name}</Text>
              <Text className="ps-m-member__note">
                {member.checkedInAt ? formatShanghai(member.checkedInAt).slice(11) : attendanceText(member.status, member.makeup)}
                {member.method === 'manual' ? ` · 手动（${member.manualReason ?? ''}）` : ''}
              </Text>
              {member.status === 'pending' && (
                <Button className="ps-live-mark" size="mini" fill="outline" onClick={() => setMarking(member)}>
                  手动签到
                </Button>
              )}
              {(member.status === 'present' || member.status === 'late') && (
                <Text className="ps-m-remove ps-live-undo" onClick={() => setUndoing(member)}>
                  撤销
                </Text>
              )}
              {callable(member) && <CallMember meetingId={meetingId} member={member} />}
            </View>
          ))}
        </View>
      ))}
      <ActionSheet
        className="ps-live-reasons"
        visible={marking !== null}
        title={marking ? `为 ${marking.name} 手动签到（记为${manualStatus(phase ?? 'on_time') === 'late' ? '迟到' : '出席'}）` : ''}
        description="请选择原因，将记入考勤记录"
        options={REASON_OPTIONS}
        cancelText="取消"
        onCancel={() => setMarking(null)}
        onSelect={(option) => {
          const reason = MANUAL_REASONS.find((name) => name === option.name)
          if (reason) void mark(reason)
        }}
      />
      <ConfirmDialog
        className="ps-live-other-dialog"
        visible={explaining !== null}
        title={explaining ? `为 ${explaining.name} 手动签到：其他原因` : ''}
        message={`请用几个字说明原因（${REASON_TEXT_MIN}–${REASON_TEXT_MAX} 字），将记入考勤记录。`}
        confirmText="签到"
        disableConfirm={reasonText.trim().length < REASON_TEXT_MIN}
        onClose={() => setExplaining(null)}
        onConfirm={async () => {
          const text = reasonText.trim()
          const member = explaining
          setExplaining(null)
          await mark(OTHER_REASON, member, text)
        }}
      >
        <View className="ps-m-dialog-form">
          <Input className="ps-live-other-text" value={reasonText} maxLength={REASON_TEXT_MAX} placeholder="如 视频连线参会" onChange={setReasonText} />
          <View className="ps-muted ps-live-other-count">
            {reasonText.trim().length}/{REASON_TEXT_MAX} 字
          </View>
        </View>
      </ConfirmDialog>
      <ConfirmDialog
        className="ps-live-undo-dialog"
        visible={undoing !== null}
        title="撤销签到"
        message={undoing ? `将撤销 ${undoing.name} 的签到，恢复为未签到。` : ''}
        confirmText="确认撤销"
        onClose={() => setUndoing(null)}
        onConfirm={undo}
      />
    </View>
  )
}
