import { sweepLanes } from '../_shared/data/counting'
import { LANES } from '../_shared/data/lanes'
import { followPending } from '../_shared/data/membership-follow'

/** Every minute: counts what a crash left dirty or half-counted (data/counting.ts), after following membership moves. */
export async function sweepCounts(): Promise<{ followed: number; lanes: number; counted: number }> {
  return { followed: await followPending(), ...(await sweepLanes(LANES)) }
}
