import mammoth from 'mammoth'
import { digest, renderStudyRecord } from './record'

describe('study record', () => {
  it('renders a .docx that contains every fact and each answer', async () => {
    const file = await renderStudyRecord({
      unitName: '教工第一党支部',
      noticeTitle: '党员学习教育安排 2020年第3期',
      theme: '比学赶超',
      time: '2020-05-12 14:00',
      place: '行政楼 301',
      form: '集中学习',
      organiser: '教工第一党支部（书记 徐宇）',
      assigned: 6,
      attended: 1,
      materials: ['三十讲第十九讲'],
      questions: ['谈谈如何比学赶超'],
      answers: [{ name: '胡霞', text: '立足岗位，比学赶超。' }]
    })
    expect(file.subarray(0, 2).toString()).toBe('PK')
    const { value } = await mammoth.extractRawText({ buffer: file })
    for (const expected of ['教工第一党支部学习教育记录', '行政楼 301', '应到 6 人，提交学习讨论 1 人', '三十讲第十九讲', '胡霞：', '立足岗位，比学赶超。'])
      expect(value).toContain(expected)
  })

  it('clips long answers to a digest', () => {
    expect([...digest('字'.repeat(400))].length).toBe(302)
    expect(digest(' 短 文 ')).toBe('短 文')
  })
})
