import { startTestEmulator } from '../support/emulator'
import { seedDemoData } from '../../scripts/seed/seed'

describe('seedDemoData', () => {
  it('writes the demo organisation once and keeps later changes on a second run', async () => {
    const t = await startTestEmulator()
    try {
      const first = await seedDemoData(t.db)
      expect((await t.db.collection('members').count()).total).toBe(first.members)
      await t.db.collection('units').doc('u-b-staff-1').update({ memberCount: 99 })
      await seedDemoData(t.db)
      expect((await t.db.collection('units').doc('u-b-staff-1').get()).data[0].memberCount).toBe(99)
      expect((await t.db.collection('members').count()).total).toBe(first.members)
    } finally {
      await t.close()
    }
  })
})
