import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { MeetingDetail } from '@contract/meetings-api'
import { ApiError } from '@/api/errors'
import { showDone, showError } from '@/lib/toast'
import { routes } from '@/routes'
import { createMeeting, updateMeeting } from '../api'
import { meetingInputFrom, type MeetingFormState } from '../meeting-form'

/** What 新建会议 / 编辑会议 shows and does; the page only lays it out. */
export interface MeetingEdit {
  form: MeetingFormState
  /** A change to the form; once a save showed problems, they follow the form as it is fixed. */
  change: (next: MeetingFormState) => void
  problems: string[]
  saving: boolean
  /** Checks, then creates (or updates `meeting`) and opens the meeting. */
  save: () => void
}

/** `meeting`: the meeting being edited; without it, one is created in `unitId`. */
export function useMeetingEdit(unitId: string, initial: MeetingFormState, meeting?: MeetingDetail): MeetingEdit {
  const [form, setForm] = useState(initial)
  const [problems, setProblems] = useState<string[]>([])
  const [saving, setSaving] = useState(false)

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

  return {
    form,
    change: (next) => {
      setForm(next)
      if (problems.length) setProblems(meetingInputFrom(next).problems)
    },
    problems,
    saving,
    save: () => void save()
  }
}
