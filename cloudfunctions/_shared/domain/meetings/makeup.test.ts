import type { AttendanceStatus } from '../../contract/meetings-api'
import { isMakeupOpen, makeupStudy, openMakeup, withStatus, type MakeupTask } from './makeup'

const end = new Date('2026-12-11T09:00:00Z')
const before = new Date('2026-12-06T02:00:00Z')
const after = new Date('2026-12-12T02:00:00Z')

describe('补学 tasks open when the meeting has ended', () => {
  it('leave approved before the meeting opens a task at its end, due 14 days on', () => {
    const task = openMakeup(before, end)
    expect(task.opensAt).toEqual(end)
    expect(isMakeupOpen(task, before)).toBe(false)
    expect(isMakeupOpen(task, end)).toBe(true)
    expect(task.dueAt.getTime()).toBeGreaterThan(end.getTime() + 13 * 86_400_000)
  })

  it('absence after the end opens at once; a task from before the rule is open', () => {
    expect(openMakeup(after, end).opensAt).toEqual(after)
    expect(isMakeupOpen({}, before)).toBe(true)
  })

  it('withStatus opens a task for leave and closes an unfinished one on attending', () => {
    const leave = withStatus<{ status: AttendanceStatus; makeup: MakeupTask | null }>({ status: 'pending', makeup: null }, 'leave', before, end)
    expect(leave.makeup?.opensAt).toEqual(end)
    expect(withStatus(leave, 'present', before, end).makeup).toBeNull()
  })
})

describe('what a 补学 task asks to study', () => {
  const meeting = { materials: [] as string[], agenda: [] as string[], minutes: null }
  it('materials first, then minutes, then agenda, and never nothing', () => {
    expect(makeupStudy({ ...meeting, materials: ['党章'] }).hint).toContain('1 项学习材料')
    expect(makeupStudy({ ...meeting, minutes: { content: '学习了党章第一章', resolutions: [] } }).minutes).toBe('学习了党章第一章')
    expect(makeupStudy({ ...meeting, agenda: ['重温入党誓词'] }).hint).toContain('议程')
    expect(makeupStudy(meeting).hint).toContain('向支部书记了解')
  })
})
