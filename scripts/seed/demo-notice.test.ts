import { demoNoticeDraft } from './demo-notice'

describe('demo notice', () => {
  it('is the real 002 notice, scheduled a week ahead in the current year', () => {
    const draft = demoNoticeDraft(new Date('2026-11-24T02:00:00Z'))
    expect(draft).toMatchObject({ year: 2026, issueNo: 3, compiledBy: '党委组织部', publishedOn: '2026-11-24' })
    expect(draft.schedule).toEqual([{ week: 13, date: '2026-12-01', weekday: null, organizers: ['机关党工委', '党总支（直属党支部）'] }])
    expect(draft.materials).toHaveLength(6)
    expect(draft.discussion).toHaveLength(1)
  })
})
