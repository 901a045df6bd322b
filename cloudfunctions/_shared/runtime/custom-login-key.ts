import { z } from 'zod'

/**
 * The environment's custom-login key, as CloudBase's console lets you
 * download it (身份认证 → 自定义登录 → 私钥): `{ private_key_id, private_key,
 * env_id }`. The functions that sign login tickets (signin) receive the whole
 * file as this environment variable: the deploy sets it from the file it is
 * given (never from git), the emulator from its own key per data folder.
 */
export const CUSTOM_LOGIN_KEY_VARIABLE = 'PS_CUSTOM_LOGIN_KEY'

export const customLoginKeySchema = z.object({ private_key_id: z.string().min(1), private_key: z.string().min(1), env_id: z.string().min(1) })

export type CustomLoginKeyFile = z.infer<typeof customLoginKeySchema>
