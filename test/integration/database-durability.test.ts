import { killHard, spawnEmulator } from '../support/process'
import { scratchDir } from '../support/emulator'
import { localSdk } from '../../emulator/client'

// Requests cut off by the kill never clear the SDK's 3 s "slow request" timer; it would keep jest's worker alive.
process.env.SILENCE = 'true'

/** Persistence: every acknowledged write survives `kill -9` of the emulator process. */
describe('durability across kill -9', () => {
  jest.setTimeout(60_000)

  it('keeps every acknowledged write, including ones acknowledged right before the kill', async () => {
    const dataDir = scratchDir('durability')
    const functionsDir = scratchDir('no-functions')
    const first = await spawnEmulator(['--data', dataDir, '--functions', functionsDir, '--no-timers'])
    const db = localSdk(first.adminUrl).database()
    const _ = db.command
    await db.createCollection('events')
    await db.collection('events').add({ _id: 'counter', n: 0 })

    const acknowledged: string[] = []
    let increments = 0
    const writes = Array.from(
      { length: 400 },
      (_unused, i) =>
        db
          .collection('events')
          .add({ _id: `e${i}`, i, at: new Date() })
          .then(() => acknowledged.push(`e${i}`))
          .then(() =>
            db
              .collection('events')
              .doc('counter')
              .update({ n: _.inc(1) })
          )
          .then(() => (increments += 1))
          .catch(() => undefined) // writes cut off by the kill were never acknowledged
    )
    // Kill as soon as a good share is acknowledged, with the rest still in flight.
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 2))
    await killHard(first.child)
    await Promise.all(writes)
    const ackedAtKill = [...acknowledged]
    const incrementsAtKill = increments

    const second = await spawnEmulator(['--data', dataDir, '--functions', functionsDir, '--no-timers'])
    try {
      const again = localSdk(second.adminUrl).database()
      const present = new Set<string>()
      for (let offset = 0; ; offset += 1000) {
        const { data } = await again.collection('events').skip(offset).limit(1000).field({ _id: true }).get()
        data.forEach((doc: { _id: string }) => present.add(doc._id))
        if (data.length < 1000) break
      }
      const lost = ackedAtKill.filter((id) => !present.has(id))
      expect(lost).toEqual([])
      const counter = (await again.collection('events').doc('counter').get()).data[0].n as number
      expect(counter).toBeGreaterThanOrEqual(incrementsAtKill)
      // Data written after the restart persists as well.
      await again.collection('events').add({ _id: 'after-restart' })
      expect((await again.collection('events').doc('after-restart').get()).data).toHaveLength(1)
    } finally {
      await killHard(second.child)
    }
  })
})
