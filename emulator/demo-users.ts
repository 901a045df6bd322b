import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { DemoUser } from '../cloudfunctions/_shared/contract/demo-users'
import { atomicWrite } from './database/storage'

/**
 * The accounts the dev-only user switcher offers (like the Firebase Auth
 * emulator's test users). The seed script registers them; they live in the
 * data folder so they survive restarts and go away with `reset`.
 */
export const demoUserSchema = z.object({
  openId: z.string().min(1),
  name: z.string().min(1),
  label: z.string().default('')
}) satisfies z.ZodType<DemoUser, unknown>
export type { DemoUser }

export class DemoUsers {
  private users: DemoUser[] = []

  constructor(private readonly dataDir: string | undefined) {
    const file = this.file()
    if (file && existsSync(file)) this.users = z.array(demoUserSchema).parse(JSON.parse(readFileSync(file, 'utf8')))
  }

  private file(): string | undefined {
    return this.dataDir ? path.join(this.dataDir, 'demo-users.json') : undefined
  }

  list(): DemoUser[] {
    return this.users
  }

  replace(users: DemoUser[]): void {
    this.users = users
    const file = this.file()
    if (file) atomicWrite(file, JSON.stringify(users, null, 2))
  }
}
