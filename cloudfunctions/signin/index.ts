import { action, defineFunction } from '../_shared/runtime/dispatch'
import { cancel, confirm, describe } from './phone'
import { schemas } from './schemas'
import { session, signOut } from './session'
import { poll, start } from './start'
import { sweepExpired } from './sweep'

/** The `signin` function: scan sign-in to the PC console and the console's session (contract/signin-api.ts). */
export const main = defineFunction({
  contract: 'signin',
  actions: {
    'signin.start': action(schemas['signin.start'], (payload) => start(payload)),
    'signin.poll': action(schemas['signin.poll'], (payload) => poll(payload)),
    'signin.describe': action(schemas['signin.describe'], (payload) => describe(payload)),
    'signin.confirm': action(schemas['signin.confirm'], (payload) => confirm(payload)),
    'signin.cancel': action(schemas['signin.cancel'], (payload) => cancel(payload)),
    'signin.session': action(schemas['signin.session'], () => session()),
    'signin.signOut': action(schemas['signin.signOut'], () => signOut())
  },
  timers: { sweepExpired }
})
