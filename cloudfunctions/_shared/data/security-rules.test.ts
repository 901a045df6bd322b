import { COLLECTIONS } from './collections'
import { INVOKE_RULE, STORAGE_RULES } from './security-rules'

/** The rules the deploy applies: clients reach nothing directly, functions only with a login state. */
describe('security rules as code', () => {
  it('declares every collection once, each denying all client reads and writes', () => {
    const names = COLLECTIONS.map((collection) => collection.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toEqual(expect.arrayContaining(['members', 'units', 'invites', 'audit', 'meetingMembers', 'noticeMembers']))
    for (const collection of COLLECTIONS)
      expect({ name: collection.name, rules: collection.rules }).toEqual({ name: collection.name, rules: { read: false, write: false } })
  })

  it('denies clients all of storage and lets only logged-in callers invoke functions', () => {
    expect(STORAGE_RULES).toEqual({ read: false, write: false })
    expect(INVOKE_RULE).toEqual({ '*': { invoke: 'auth != null' } })
  })
})
