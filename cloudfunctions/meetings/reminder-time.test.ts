import { readFileSync } from 'node:fs'
import path from 'node:path'
import { MEETING_REMINDER_TIME } from '../_shared/contract/meetings-rules'

/** The client promises the day-before reminder at MEETING_REMINDER_TIME: the timer must fire then (seconds minutes hours … in CloudBase's cron). */
test('the dailyMeetings trigger fires at the time members are promised their reminder', () => {
  const config = JSON.parse(readFileSync(path.join(__dirname, 'config.json'), 'utf8')) as { triggers: Array<{ name: string; config: string }> }
  const cron = config.triggers.find((trigger) => trigger.name === 'dailyMeetings')?.config ?? ''
  const [seconds, minutes, hours] = cron.split(' ')
  expect(`${hours.padStart(2, '0')}:${minutes.padStart(2, '0')}`).toBe(MEETING_REMINDER_TIME)
  expect(seconds).toBe('0')
})
