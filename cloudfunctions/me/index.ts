import { z } from 'zod'
import { defineFunction } from '../_shared/runtime/dispatch'
import { whoami } from './whoami'

/** The `me` function: what the mini-program needs to know about its own user. */
export const main = defineFunction({
  whoami: { payload: z.object({}).strict(), run: () => whoami() }
})
