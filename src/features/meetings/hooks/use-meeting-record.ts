import { useEffect, useState } from 'react'
import type { AttendeeView, MeetingDetail, MeetingsActions } from '@contract/meetings-api'
import { saveOfficeFile } from '@/lib/office-file'
import { showDone, showError } from '@/lib/toast'
import { useRequest, type RequestState } from '@/lib/use-request'
import { exportMeeting, listAttendance } from '../api'

type AttendanceList = MeetingsActions['attendance.list']['result']

/** What 考勤与记录 shows and does; the page only lays it out. */
export interface MeetingRecord {
  attendance: RequestState<AttendanceList>
  /** The newest attendance: reloaded in place after a decision or the minutes, so the list does not flash. */
  current: AttendanceList | undefined
  decided: (member: AttendeeView) => void
  minutesSaved: (result: { counters: AttendanceList['counters'] }) => void
  exporting: boolean
  /** Generates the .docx record and saves it where the user can open it. */
  exportDocx: () => void
}

export function useMeetingRecord(meeting: MeetingDetail): MeetingRecord {
  const attendance = useRequest(() => listAttendance({ id: meeting.id }))
  const [latest, setLatest] = useState<AttendanceList | null>(null)
  useEffect(() => setLatest(null), [attendance.data])
  const current = latest ?? attendance.data
  const [exporting, setExporting] = useState(false)

  const reload = () => {
    listAttendance({ id: meeting.id }).then(setLatest, () => undefined)
  }

  const exportDocx = async () => {
    if (exporting) return
    setExporting(true)
    try {
      const { fileName, base64 } = await exportMeeting({ id: meeting.id })
      await saveOfficeFile('docx', fileName, base64)
      showDone('会议记录已生成')
    } catch (error) {
      showError(error)
    } finally {
      setExporting(false)
    }
  }

  return {
    attendance,
    current,
    decided: (member) => {
      if (current) setLatest({ ...current, members: current.members.map((m) => (m.memberId === member.memberId ? member : m)) })
      reload()
    },
    // Completed minutes may have made attendance final (absent, 补学): the new counts now, the statuses with the reload.
    minutesSaved: (result) => {
      if (current) setLatest({ ...current, counters: result.counters })
      reload()
    },
    exporting,
    exportDocx: () => void exportDocx()
  }
}
