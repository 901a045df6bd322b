import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { MemberProgress, NoticeDetail, NoticesActions, ReviewStatus, ScheduleChange } from '@contract/notices-api'
import { isApiError } from '@/api/errors'
import { nextShanghaiMidnight } from '@/lib/calendar'
import { showDone } from '@/lib/toast'
import { getUnitTree } from '@/lib/unit-tree'
import { useRequest, type RequestState } from '@/lib/use-request'
import { whoami } from '@/lib/whoami'
import { getNotice, getProgress, pushNotice, remindBranch } from '../api'
import { firstScheduledDate, isPastStudy } from '../format'

export interface BranchData {
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

/** What 本支部学习安排 opens with: the notice and the branch's name (null without both ids). */
export async function loadNoticeBranch(id: string, unitId: string): Promise<BranchData | null> {
  if (!id || !unitId) return null
  const [notice, unitName] = await Promise.all([getNotice({ id }), unitNameOf(unitId)])
  return { notice, unitName }
}

export type PushResult = NoticesActions['notices.push']['result']
export type RemindResult = NoticesActions['notices.remind']['result']
type Progress = NoticesActions['notices.progress']['result']

function remindKey(noticeId: string, unitId: string): string {
  return `ps.remindNext.${noticeId}.${unitId}`
}

/** What 本支部学习安排 shows and does for one notice and branch; the page only lays it out. */
export interface NoticeBranch {
  progress: RequestState<Progress>
  /** The progress's members with this visit's reviews over them (no reload, so the list does not flash). */
  members: MemberProgress[] | undefined
  /** Members who have not submitted yet (what 一键催办 reaches). */
  unfinished: number
  firstDate: string | null
  /** Published on purpose after its study day (allowPast): members see 往期学习, so no push announces it as new. */
  past: boolean
  confirm: 'push' | 'remind' | null
  setConfirm: (which: 'push' | 'remind' | null) => void
  pushed: PushResult | null
  reminded: RemindResult | null
  /** When 一键催办 is allowed again, while it is not (remembered on the device across visits). */
  nextRemind: string | null
  remindBlocked: boolean
  push: () => Promise<void>
  remind: () => Promise<void>
  change: ScheduleChange | null
  rescheduled: (next: ScheduleChange) => void
  viewing: MemberProgress | null
  setViewing: (member: MemberProgress | null) => void
  reviewed: (memberId: string, status: ReviewStatus) => void
  sharing: boolean
  setSharing: (open: boolean) => void
}

/** 本支部学习安排's state (secretary): push, remind, move the time, see who has done what, review. */
export function useNoticeBranch(notice: NoticeDetail, unitId: string): NoticeBranch {
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
  const firstDate = firstScheduledDate(notice.schedule)
  return {
    progress,
    members: progress.data?.members.map((member) => (reviews[member.memberId] ? { ...member, review: reviews[member.memberId] } : member)),
    unfinished: counters ? Math.max(0, counters.assigned - counters.answered) : 0,
    firstDate,
    past: isPastStudy(firstDate, new Date()),
    confirm,
    setConfirm,
    pushed,
    reminded,
    nextRemind,
    remindBlocked: nextRemind !== null && new Date(nextRemind).getTime() > Date.now(),
    push,
    remind,
    change,
    rescheduled: (next) => {
      setChange(next)
      showDone('已报党委组织部')
    },
    viewing,
    setViewing,
    reviewed: (memberId, status) => setReviews((current) => ({ ...current, [memberId]: status })),
    sharing,
    setSharing
  }
}
