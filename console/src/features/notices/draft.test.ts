import type { ParsedNotice } from '@contract/notices'
import { draftOf, headerFromParsed, headerProblems } from './draft'

const parsed: ParsedNotice = {
  year: 2020,
  issueNo: 3,
  compiledBy: null,
  publishedOn: null,
  schedule: [],
  theme: '  学习主题  ',
  purpose: null,
  materials: [],
  discussion: ['问题一'],
  requirements: [],
  warnings: ['第 3 行：没有印发日期']
}

describe('notice draft from the parse', () => {
  it('prefills what was read, names what is missing, and saves the checked header', () => {
    const header = headerFromParsed(parsed)
    expect(header).toEqual({ year: '2020', issueNo: '3', compiledBy: '党委组织部', publishedOn: '', theme: '  学习主题  ' })
    expect(headerProblems(header)).toEqual({ publishedOn: '请填写印发日期（年-月-日）' })
    expect(headerProblems({ ...header, year: '20', issueNo: '0', compiledBy: ' ', theme: '' })).toMatchObject({
      year: expect.any(String),
      issueNo: expect.any(String),
      compiledBy: expect.any(String),
      theme: expect.any(String)
    })
    const draft = draftOf(parsed, { ...header, publishedOn: '2020-05-07' })
    expect(draft).toMatchObject({
      year: 2020,
      issueNo: 3,
      publishedOn: '2020-05-07',
      theme: '学习主题',
      purpose: '',
      discussion: ['问题一'],
      answerDeadline: null
    })
    expect(draft).not.toHaveProperty('warnings')
  })
})
