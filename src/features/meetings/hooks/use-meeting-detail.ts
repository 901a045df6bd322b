import { useEffect, useState } from 'react'
import type { MeetingDetail, MyAttendance } from '@contract/meetings-api'
import { useRequest, type RequestState } from '@/lib/use-request'
import { useShownAgain } from '@/lib/use-shown-again'
import { getMeeting } from '../api'

/** 会议 as loaded, and as reloaded quietly when the page shows again. */
export interface MeetingDetailLoad extends RequestState<MeetingDetail | null> {
  /** The newest copy: the quiet reload's once it came, else the first load's. */
  meeting: MeetingDetail | null
}

/** Loads 会议 `id`; back from an edit, the check-in screen or the record it reloads quietly, keeping what is typed. */
export function useMeetingDetail(id: string): MeetingDetailLoad {
  const request = useRequest(() => (id ? getMeeting({ id }) : Promise.resolve(null)))
  const [fresh, setFresh] = useState<MeetingDetail | null>(null)
  useEffect(() => setFresh(null), [request.data])
  useShownAgain(() => {
    if (id) getMeeting({ id }).then(setFresh, () => undefined)
  })
  return { ...request, meeting: fresh ?? request.data ?? null }
}

/** The caller's own attendance on a meeting, changed here by 请假 and 补学 (and reset when the meeting reloads). */
export interface MyMeetingState {
  mine: MyAttendance | undefined
  setMine: (mine: MyAttendance) => void
  sharing: boolean
  setSharing: (open: boolean) => void
}

export function useMyMeeting(meeting: MeetingDetail): MyMeetingState {
  const [mine, setMine] = useState<MyAttendance | undefined>(meeting.mine)
  useEffect(() => setMine(meeting.mine), [meeting])
  const [sharing, setSharing] = useState(false)
  return { mine, setMine, sharing, setSharing }
}
