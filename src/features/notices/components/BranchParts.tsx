import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { STUDY_STATE_EXPLANATION, STUDY_STATE_LABELS } from '@contract/notices'
import type { MemberProgress, NoticeCounters, ScheduleChange, Unreached } from '@contract/notices-api'
import { ApiError } from '@/api/errors'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { Button } from '@/ui/button'
import { Input } from '@/ui/input'
import { Progress } from '@/ui/progress'
import { reschedule } from '../api'
import { completionRate, REVIEW_LABELS } from '../format'
import { formatDay, formatShanghai, shanghaiDay, shanghaiInstant } from '@/lib/calendar'
import { Field } from '@/components/Field'
import { copyText } from '@/lib/links'
import { showError } from '@/lib/toast'

/** 完成情况 as counts and one rate for the branch: never a list of who was fastest. */
export function CountersView({ counters }: { counters: NoticeCounters }) {
  const rate = completionRate(counters)
  return (
    <View className="ps-card ps-notice-counters">
      <View className="ps-card__title">本支部完成情况</View>
      <View className="ps-n-counters">
        <View className="ps-n-counter">
          <Text className="ps-n-counter__value ps-counter-assigned">{counters.assigned}</Text>
          <Text className="ps-n-counter__label">应学</Text>
        </View>
        <View className="ps-n-counter">
          <Text className="ps-n-counter__value ps-counter-read">{counters.read}</Text>
          <Text className="ps-n-counter__label">{STUDY_STATE_LABELS.read}</Text>
        </View>
        <View className="ps-n-counter">
          <Text className="ps-n-counter__value ps-counter-answered">{counters.answered}</Text>
          <Text className="ps-n-counter__label">{STUDY_STATE_LABELS.answered}</Text>
        </View>
        <View className="ps-n-counter">
          <Text className="ps-n-counter__value ps-counter-rate">{rate}%</Text>
          <Text className="ps-n-counter__label">完成率</Text>
        </View>
      </View>
      <View className="ps-n-rate">
        <Progress percent={rate} strokeWidth="8" showText={false} />
      </View>
      <View className="ps-muted">完成率 = 已提交讨论人数 ÷ 应学人数，只看支部整体，不作个人排名。</View>
      <View className="ps-muted ps-study-states-explained">{STUDY_STATE_EXPLANATION}</View>
    </View>
  )
}

const FORMS = ['集中学习', '专题讨论', '线上学习', '主题党日']

/**
 * 调整时间: the branch's own start, form and place, reported to the
 * department. The rule (half a day ahead, i.e. 12 hours) is said before the
 * form, and the server has the last word.
 */
export function RescheduleForm({
  noticeId,
  unitId,
  firstDate,
  current,
  onDone
}: {
  noticeId: string
  unitId: string
  firstDate: string | null
  current: ScheduleChange | null
  onDone: (change: ScheduleChange) => void
}) {
  const [date, setDate] = useState(current ? formatShanghai(current.startAt).slice(0, 10) : (firstDate ?? ''))
  const [time, setTime] = useState(current ? formatShanghai(current.startAt).slice(11, 16) : '')
  const [form, setForm] = useState(current?.form ?? '')
  const [place, setPlace] = useState(current?.place ?? '')
  const [tried, setTried] = useState(false)
  const [confirming, setConfirming] = useState(false)

  const startAt = shanghaiInstant(date, time)
  const problem = !startAt ? '请选择新的日期和时间' : form.trim().length < 2 ? '请填写活动方式' : place.trim().length < 2 ? '请填写活动地点' : ''

  const ask = () => {
    setTried(true)
    if (!problem) setConfirming(true)
  }

  return (
    <View className="ps-card ps-reschedule">
      <View className="ps-card__title">调整学习时间</View>
      <View className="ps-muted ps-reschedule-rule">
        按学习要求，支部调整时间须提前半天（原定开始前至少 12 小时）报党委组织部，并写明活动方式和地点。{firstDate ? `原定：${formatDay(firstDate)}。` : ''}
      </View>
      {current && (
        <View className="ps-notice-change ps-reschedule-current">
          已报：{formatShanghai(current.startAt)}，{current.form}，{current.place}（{formatShanghai(current.reportedAt)} 报送）
        </View>
      )}
      <View className="ps-n-row">
        <Field label="日期">
          <Picker mode="date" value={date || shanghaiDay(new Date())} onChange={(event) => setDate(event.detail.value)}>
            <View className={`ps-n-picker ps-reschedule-date${date ? '' : ' ps-n-picker--empty'}`}>{date || '选择日期'}</View>
          </Picker>
        </Field>
        <Field label="开始时间">
          <Picker mode="time" value={time || '14:00'} onChange={(event) => setTime(event.detail.value)}>
            <View className={`ps-n-picker ps-reschedule-time${time ? '' : ' ps-n-picker--empty'}`}>{time || '选择时间'}</View>
          </Picker>
        </Field>
      </View>
      <Field label="活动方式">
        <Input className="ps-reschedule-form" value={form} maxLength={40} placeholder="如 集中学习" onChange={setForm} />
        <View className="ps-reschedule-forms">
          {FORMS.map((choice) => (
            <Text key={choice} className={`ps-tag ps-reschedule-form-choice${form === choice ? ' ps-tag--ok' : ''}`} onClick={() => setForm(choice)}>
              {choice}
            </Text>
          ))}
        </View>
      </Field>
      <Field label="活动地点">
        <Input className="ps-reschedule-place" value={place} maxLength={80} placeholder="如 行政楼 302 会议室" onChange={setPlace} />
      </Field>
      {tried && problem && <View className="ps-problems">{problem}</View>}
      <View className="ps-actions ps-actions--left">
        <Button className="ps-reschedule-submit" type="primary" size="small" onClick={ask}>
          {current ? '重新报送调整' : '报党委组织部'}
        </Button>
      </View>
      <ConfirmDialog
        className="ps-reschedule-dialog"
        visible={confirming}
        title="报党委组织部"
        message={`学习时间调整为 ${date} ${time}，${form.trim()}，地点：${place.trim()}。报送后党委组织部即可看到。`}
        confirmText="确认报送"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          if (!startAt) throw new ApiError('INVALID_INPUT', '请选择新的日期和时间')
          const change = await reschedule({ id: noticeId, unitId, startAt, form: form.trim(), place: place.trim() })
          setConfirming(false)
          onDone(change)
        }}
      />
    </View>
  )
}

/** Members alphabetically (a checklist, never a ranking), with what each has done. */
export function ProgressList({ members, onOpen }: { members: MemberProgress[]; onOpen: (member: MemberProgress) => void }) {
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  return (
    <View className="ps-card ps-progress">
      <View className="ps-card__title">
        党员学习情况<Text className="ps-card__title-extra">按姓名排列 · 点击已提交的查看</Text>
      </View>
      <View className="ps-muted">{STUDY_STATE_EXPLANATION}“收不到消息”：未绑定微信或未开启学习提醒，请在支部微信群里通知。</View>
      {sorted.length === 0 && <View className="ps-muted">本支部暂无党员</View>}
      {sorted.map((member) => (
        <View
          key={member.memberId}
          className={`ps-progress-member${member.answered ? ' ps-progress-member--tappable' : ''}`}
          onClick={() => {
            if (member.answered) onOpen(member)
          }}
        >
          <Text className="ps-progress-member__name">{member.name}</Text>
          <Text className={`ps-tag ps-progress-viewed ${member.viewed ? 'ps-tag--ok' : 'ps-tag--muted'}`}>
            {member.viewed ? STUDY_STATE_LABELS.viewed : STUDY_STATE_LABELS.notViewed}
          </Text>
          <Text className={`ps-tag ps-progress-read ${member.read ? 'ps-tag--ok' : 'ps-tag--muted'}`}>
            {member.read ? STUDY_STATE_LABELS.read : STUDY_STATE_LABELS.notRead}
          </Text>
          <Text className={`ps-tag ps-progress-answered ${member.answered ? 'ps-tag--ok' : 'ps-tag--muted'}`}>
            {member.answered ? STUDY_STATE_LABELS.answered : STUDY_STATE_LABELS.notAnswered}
          </Text>
          {!member.reachable && <Text className="ps-tag ps-tag--warn ps-progress-unreachable">收不到消息</Text>}
          {member.review && (
            <Text className={`ps-tag ps-progress-review ${member.review === 'returned' ? 'ps-tag--warn' : member.review === 'accepted' ? 'ps-tag--ok' : ''}`}>
              {REVIEW_LABELS[member.review]}
            </Text>
          )}
          {member.answered && <Text className="ps-progress-member__more">›</Text>}
        </View>
      ))}
    </View>
  )
}

/**
 * Who can be reached by message now and who cannot, before pushing: the
 * secretary knows at once whom to tell in the branch's WeChat group.
 */
export function ReachSummary({ members }: { members: MemberProgress[] }) {
  const reachable = members.filter((member) => member.reachable)
  const unreachable = members.filter((member) => !member.reachable).map((member) => member.name)
  return (
    <View className="ps-reach-summary">
      <View>
        可收到微信提醒 <Text className="ps-reach-count">{reachable.length}</Text> 人；收不到 <Text className="ps-unreach-count">{unreachable.length}</Text> 人
        {unreachable.length > 0 ? `：${unreachable.join('、')}` : ''}。
      </View>
    </View>
  )
}

/** The names a push or 催办 did not reach, with the text to paste into the branch's WeChat group. */
export function UnreachedCard({ unreached, onShare }: { unreached: Unreached; onShare: () => void }) {
  if (unreached.names.length === 0) return null
  const copy = () => {
    void copyText(unreached.groupText, '群通知已复制，可粘贴到支部微信群').catch(showError)
  }
  return (
    <View className="ps-n-result ps-unreached">
      <View>
        以下 <Text className="ps-unreached-count">{unreached.names.length}</Text> 人收不到微信提醒，请在支部微信群里通知：
      </View>
      <View className="ps-unreached-names">{unreached.names.join('、')}</View>
      <View className="ps-unreached-text">{unreached.groupText}</View>
      <View className="ps-actions ps-actions--left">
        <Button className="ps-unreached-copy" size="small" fill="outline" onClick={copy}>
          复制群消息
        </Button>
        <Button className="ps-unreached-share" size="small" fill="outline" onClick={onShare}>
          分享卡片
        </Button>
      </View>
    </View>
  )
}
