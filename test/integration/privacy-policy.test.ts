import { COLLECTIONS } from '../../cloudfunctions/_shared/data/collections'
import { NOT_PERSONAL, POLICY_RECORDS } from '../../src/features/privacy/policy'

/**
 * The 隐私政策 page is derived from the real collections: every collection the
 * functions keep is either described (what, why, who sees it) or listed as
 * holding nothing personal.
 */
describe('用户隐私保护指引 against the collections', () => {
  const declared = COLLECTIONS.map((collection) => collection.name)
  const described = POLICY_RECORDS.flatMap((record) => record.collections)
  const covered = [...described, ...Object.keys(NOT_PERSONAL)]

  it('names every collection', () => {
    expect(declared.filter((name) => !covered.includes(name))).toEqual([])
  })

  it('names no collection twice', () => {
    expect(new Set(covered).size).toBe(covered.length)
  })

  it('says for each personal record what, why and who sees it', () => {
    for (const record of POLICY_RECORDS) {
      expect([record.what, record.why, record.who].every((text) => text.length >= 6)).toBe(true)
    }
  })
})
