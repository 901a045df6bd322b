import type { MeetingType } from '@contract/meetings-api'
import { call } from '../../api/call'

/** One typed call per meetings action the 组织生活 pages use; the function checks meetings.run on the unit each time. */
export const unitTree = () => call('org', 'units.tree', {})
export const listMeetings = (unitId: string, past: boolean, type: MeetingType | null, page: number, pageSize: number) =>
  call('meetings', 'meetings.list', { view: 'manage', unitId, past, ...(type ? { type } : {}), page, pageSize })
export const getMeeting = (id: string) => call('meetings', 'meetings.get', { id })
export const listAttendance = (id: string) => call('meetings', 'attendance.list', { id })
export const exportMeeting = (id: string) => call('meetings', 'meetings.export', { id })
