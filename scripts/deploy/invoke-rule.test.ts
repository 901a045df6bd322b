import { invokeRuleOf } from './manager-node'

/** Reading the environment's invoke rule out of DescribeResourcePermission's list (the shape in the library's types). */
describe('invokeRuleOf', () => {
  const rule = { '*': { invoke: 'auth != null' } }

  it('parses the environment-wide CUSTOM rule', () => {
    expect(invokeRuleOf([{ Permission: 'CUSTOM', SecurityRule: JSON.stringify(rule) }])).toEqual(rule)
    expect(invokeRuleOf([{ Resource: '*', Permission: 'CUSTOM', SecurityRule: JSON.stringify(rule) }])).toEqual(rule)
  })

  it('prefers the entry without a resource over a per-function one', () => {
    const list = [
      { Resource: 'org', Permission: 'CUSTOM', SecurityRule: JSON.stringify({ '*': { invoke: true } }) },
      { Permission: 'CUSTOM', SecurityRule: JSON.stringify(rule) }
    ]
    expect(invokeRuleOf(list)).toEqual(rule)
  })

  it('is null for none, a preset, or a rule that does not parse (the deploy then sets it and checks the read-back)', () => {
    expect(invokeRuleOf([])).toBeNull()
    expect(invokeRuleOf([{ Permission: 'PRIVATE' }])).toBeNull()
    expect(invokeRuleOf([{ Permission: 'CUSTOM', SecurityRule: '{not json' }])).toBeNull()
    expect(invokeRuleOf([{ Permission: 'CUSTOM', SecurityRule: '[1]' }])).toBeNull()
  })
})
