import { z } from 'zod'
import { SIGNIN_BROWSER_MAX, SIGNIN_CODE_ALPHABET, SIGNIN_CODE_LENGTH, type SigninActions } from '../_shared/contract/signin-api'
import type { SchemasMatch } from '../_shared/contract/schema-check'

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${SIGNIN_CODE_ALPHABET}]{${SIGNIN_CODE_LENGTH}}$`), '登录码格式不对')
const scene = z
  .string()
  .trim()
  .regex(/^l[A-Za-z0-9_-]{24}$/, '不是管理端登录码')

/** One schema per action of the `signin` contract; strict, so no payload names a member. */
export const schemas = {
  'signin.start': z.object({ browser: z.string().max(SIGNIN_BROWSER_MAX).optional() }).strict(),
  'signin.poll': z.object({ code }).strict(),
  'signin.describe': z.object({ scene }).strict(),
  'signin.confirm': z.object({ scene }).strict(),
  'signin.cancel': z.object({ scene }).strict(),
  'signin.session': z.object({}).strict(),
  'signin.signOut': z.object({}).strict()
}

export const schemasMatchContract: SchemasMatch<SigninActions, typeof schemas> = true
