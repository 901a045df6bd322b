import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseNotice } from './index'

/**
 * The real notice the format was designed from (shared/seeds/002, copied to test/fixtures/seeds/): every
 * field written out by reading the document, not taken from the parser.
 */
const SEED = path.resolve(__dirname, '../../../../../test/fixtures/seeds/002_74dd3f072b865436.txt')
const text = readFileSync(SEED, 'utf8')
const sourceLines = text.split('\n')

/** Lines first..last (1-based, inclusive) of the seed as they stand: the appended texts have one blank line between paragraphs. */
function sourceText(first: number, last: number): string {
  return sourceLines.slice(first - 1, last).join('\n')
}

const EXPECTED_WITHOUT_FULL_TEXT = {
  year: 2020,
  issueNo: 3,
  compiledBy: '党委组织部',
  publishedOn: '2020-05-07',
  schedule: [{ week: 13, date: '2020-05-12', weekday: 2, organizers: ['机关党工委', '党总支（直属党支部）'] }],
  theme: '深入学习贯彻习近平新时代中国特色社会主义思想，在疫情常态化下“比学赶超”',
  purpose:
    '通过集中学习《习近平新时代中国特色社会主义思想三十讲》，引导全体党员师生准确把握习近平新时代中国特色社会主义思想重大意义，' +
    '进一步统一思想、统一意志、统一行动，提振干事创业、担当作为的精气神。学习中央、教育部、江苏省疫情防控工作部署和高质量发展的要求、精神，' +
    '准确研判疫情防控常态化和学校高质量发展的内涵和切入点，助力学校在“双高”建设的道路上做到“比学赶超”，开辟学校发展新境界。' +
    '通过学习党员积分管理的指导意见，提高党员队伍建设质量。',
  materials: [
    {
      title: '听学新思想之：《习近平新时代中国特色社会主义思想三十讲》第十九讲、第二十讲',
      url: 'http://www.xinhuanet.com/politics/xjpsxkj/index.html',
      page: null,
      note: null
    },
    {
      // Broken after "中共中央总" with a blank line before "书记习近平主持会议<TAB>3".
      title: '中共中央政治局常务委员会召开会议 听取疫情防控工作中央指导组工作汇报 研究完善常态化疫情防控体制机制 中共中央总书记习近平主持会议',
      url: null,
      page: 3,
      note: null
    },
    { title: '娄勤俭：在高质量发展道路上来一场比学赶超（来源：《群众》2020 年第 9 期）', url: null, page: 5, note: null },
    { title: '教育部召开高校复学疫情防控调度视频会', url: null, page: 13, note: null },
    {
      title: '省教育厅关于加强疫情防控常态化条件下教育系统安全生产工作的通知（苏教安函〔2020〕5 号）',
      url: null,
      page: 14,
      note: null
    },
    { title: '关于实行党员积分管理的指导意见（锡组通〔2020〕8 号）', url: null, page: 16, note: null }
  ],
  discussion: ['结合学习体会，谈谈如何在疫情常态化下分别实现个人发展和学校发展的“比学赶超”。'],
  requirements: [
    '党员学习教育在党总支（直属党支部）指导下，以党支部或党小组为单位组织开展，如时间有调整，请提前半天以党总支或直属党支部为单位报党委组织部，同时附活动方式和活动地点。',
    '以党支部或党小组为单位认真做好学习教育记录，党总支对学习开展情况定期进行检查，学校将开展不定期督查，学习教育活动开展情况作为党建考核和先进基层党组织评比的依据之一。',
    '各党总支、直属支部要把学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神作为当前和今后一个时期的首要政治任务，要充分利用党组织统一活动日，积极探索多种学习模式，丰富学习方法，增进学习效果。全体师生要统一思想、凝心聚力，推动学校的双高校建设。'
  ],
  warnings: []
}

/** Where each appended text starts and ends, by reading the seed (line numbers, length in characters). */
const FULL_TEXTS = [
  null, // material 1 is a link to 新华网; nothing is appended for it
  { lines: [50, 64], length: 838, start: '中共中央政治局常务委员会召开会议 听取疫情防控工作 中央督导组工作汇报', end: '会议还研究了其他事项。' },
  { lines: [66, 112], length: 4977, start: '在高质量发展道路上来一场比学赶超\n\n中共江苏省委书记 娄勤俭', end: '题目为交汇点新闻编者所加）' },
  { lines: [114, 122], length: 709, start: '教育部召开高校复学疫情防控调度视频会\n\n为深入贯彻', end: '新疆大学作线上交流发言。' },
  {
    lines: [124, 144],
    length: 1359,
    start: '省教育厅关于加强疫情防控常态化条件下 教育系统安全生产工作的通知\n\n苏教安函〔2020〕5号',
    end: '省教育厅\n\n2020 年 4 月 21 日'
  },
  // The listed material is 锡组通〔2020〕8号 itself, so its text starts at the issuer above that number, not at the 意见's own heading.
  {
    lines: [146, 256],
    length: 3335,
    start: '中共无锡市委组织部\n\n锡组通〔2020〕8号\n\n印发《关于实行党员积分管理的指导意见》 的通知',
    end: '总结推广经验做法。'
  }
]

describe('parseNotice: 002 (党员学习教育安排 2020年第3期)', () => {
  const notice = parseNotice(text)

  it('reads every field of the notice exactly', () => {
    const withoutFullText = { ...notice, materials: notice.materials.map(({ fullText: _fullText, ...rest }) => rest) }
    expect(withoutFullText).toEqual(EXPECTED_WITHOUT_FULL_TEXT)
  })

  it.each(FULL_TEXTS.map((expected, index) => [index + 1, expected] as const))('matches the appended full text of material %i', (position, expected) => {
    const fullText = notice.materials[position - 1].fullText
    if (expected === null) {
      expect(fullText).toBeNull()
      return
    }
    expect(fullText?.startsWith(expected.start)).toBe(true)
    expect(fullText?.endsWith(expected.end)).toBe(true)
    expect(fullText).toHaveLength(expected.length)
    expect(fullText).toBe(sourceText(expected.lines[0], expected.lines[1]))
  })

  it('reads the same notice from a Windows file with a BOM, CRLF and full-width spaces for indentation', () => {
    const windows = `\ufeff${text
      .split('\n')
      .map((line) => (line === '' ? line : `\u3000\u3000${line}`))
      .join('\r\n')}`
    expect(parseNotice(windows)).toEqual(notice)
  })
})
