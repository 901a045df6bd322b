import { action, defineFunction } from '../_shared/runtime/dispatch'
import { history } from './history'
import { schemas } from './schemas'
import { whoami } from './whoami'

/** The `me` function: what the mini-program needs to know about its own user, and their own records. */
export const main = defineFunction({
  contract: 'me',
  actions: {
    whoami: action(schemas.whoami, () => whoami()),
    history: action(schemas.history, (payload) => history(payload))
  }
})
