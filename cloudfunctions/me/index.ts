import { z } from 'zod'
import { action, defineFunction } from '../_shared/runtime/dispatch'
import { whoami } from './whoami'

/** The `me` function: what the mini-program needs to know about its own user. */
export const main = defineFunction({
  contract: 'me',
  actions: { whoami: action(z.object({}).strict(), () => whoami()) }
})
