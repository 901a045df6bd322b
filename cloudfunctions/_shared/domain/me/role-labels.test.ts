import { roleLabels } from './role-labels'

describe('roleLabels', () => {
  it('names known roles in Chinese, once each, in the given order', () => {
    expect(roleLabels([{ role: 'branch_secretary' }, { role: 'member' }, { role: 'branch_secretary' }])).toEqual(['支部书记', '党员'])
  })

  it('keeps an unknown code visible instead of hiding it', () => {
    expect(roleLabels([{ role: 'mystery' }])).toEqual(['mystery'])
  })
})
