import { settleDemoIdentity, type DemoUser } from '@/api/demo-identity'

// Only imported by DevUserSwitcher.h5.tsx, so the weapp build never contains it.

export type { DemoUser }

/** The emulator's seeded demo identities; the acting one is settled among them (src/api/demo-identity.ts). */
export function listDemoUsers(): Promise<DemoUser[]> {
  return settleDemoIdentity()
}
