import { resolveCaller } from '../_shared/access/caller'
import { action, defineFunction } from '../_shared/runtime/dispatch'
import { checkinCode, listAttendance, mark, resolveCheckinScene, scan } from './checkin'
import { contactPhone } from './contact'
import { decideLeave, listMakeup, requestLeave, submitMakeup } from './leave'
import { listPending } from './pending'
import { createMeeting, updateMeeting } from './plan'
import { exportMeetingRecord, saveMinutes } from './record'
import { schemas } from './schemas'
import { getRule, setRule } from './theme-day-rule'
import { dailyMeetingsTimer } from './timer'
import { getMeeting, listForManager, listForMember } from './views'

/**
 * The `meetings` function: validate → resolve the caller from the platform
 * OPENID → authorise in each use case → typed result. The daily timer
 * (config.json's `dailyMeetings`) runs only on the platform's timer event.
 */
export const main = defineFunction({
  contract: 'meetings',
  actions: {
    'rule.get': action(schemas['rule.get'], async (p) => getRule(await resolveCaller(), p.unitId)),
    'rule.set': action(schemas['rule.set'], async (p) => setRule(await resolveCaller(), p)),
    'meetings.create': action(schemas['meetings.create'], async (p) => createMeeting(await resolveCaller(), p)),
    'meetings.update': action(schemas['meetings.update'], async (p) => updateMeeting(await resolveCaller(), p)),
    'meetings.list': action(schemas['meetings.list'], async (p) => {
      const caller = await resolveCaller()
      return p.view === 'member' ? listForMember(caller.doc, p) : listForManager(caller, p)
    }),
    'meetings.get': action(schemas['meetings.get'], async (p) => getMeeting(await resolveCaller(), p.id)),
    'checkin.code': action(schemas['checkin.code'], async (p) => checkinCode(await resolveCaller(), p.id)),
    'checkin.resolve': action(schemas['checkin.resolve'], async (p) => resolveCheckinScene((await resolveCaller()).doc, p.scene)),
    'checkin.scan': action(schemas['checkin.scan'], async (p) => scan(async () => (await resolveCaller()).doc, p.token)),
    'attendance.list': action(schemas['attendance.list'], async (p) => listAttendance(await resolveCaller(), p.id)),
    'attendance.mark': action(schemas['attendance.mark'], async (p) => mark(await resolveCaller(), p)),
    'leave.request': action(schemas['leave.request'], async (p) => requestLeave((await resolveCaller()).doc, p)),
    'leave.decide': action(schemas['leave.decide'], async (p) => decideLeave(await resolveCaller(), p)),
    'makeup.list': action(schemas['makeup.list'], async (p) => listMakeup((await resolveCaller()).doc, p)),
    'makeup.submit': action(schemas['makeup.submit'], async (p) => submitMakeup((await resolveCaller()).doc, p)),
    'minutes.save': action(schemas['minutes.save'], async (p) => saveMinutes(await resolveCaller(), p)),
    'meetings.export': action(schemas['meetings.export'], async (p) => exportMeetingRecord(await resolveCaller(), p.id)),
    'pending.list': action(schemas['pending.list'], async () => listPending(await resolveCaller())),
    'contact.phone': action(schemas['contact.phone'], async (p) => contactPhone(await resolveCaller(), p))
  },
  timers: { dailyMeetings: dailyMeetingsTimer }
})
