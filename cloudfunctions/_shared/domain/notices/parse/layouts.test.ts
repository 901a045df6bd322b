import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseNotice } from './index'

/** Notices of the same family as 002, written for the layout differences real ones show (test/fixtures/notices). */
const FIXTURES = path.resolve(__dirname, '../../../../../test/fixtures/notices')

function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8')
}

describe('parseNotice: full-width notice for December with a January date (fullwidth-december.txt)', () => {
  // Full-width digits, （１） numbering, 、 with spaces in the heading, ideographic spaces between
  // table cells, （已发支部）, （<https://…>）, "·····<TAB>8", "………12", a title broken over a blank line.
  const notice = parseNotice(fixture('fullwidth-december.txt'))

  it('reads the header, the schedule across the new year, and the lists', () => {
    expect(notice).toMatchObject({
      year: 2020,
      issueNo: 12,
      compiledBy: '党委组织部',
      publishedOn: '2020-12-28',
      schedule: [{ week: 18, date: '2021-01-05', weekday: 2, organizers: ['机关党工委', '党总支（直属党支部）'] }],
      theme: '学习贯彻党的十九届五中全会精神',
      purpose: '全面把握党的十九届五中全会精神实质，推动学院“十四五”规划落地。',
      discussion: ['结合本职工作，谈谈如何把五中全会精神落到实处？', '“十四五”期间，学院应如何推进高质量发展？'],
      requirements: ['各党支部要认真组织学习，做好学习教育记录；', '如时间有调整，请提前半天报党委组织部，同时附活动方式和活动地点。'],
      warnings: []
    })
  })

  it('separates titles from notes, links and page numbers, and finds the appended texts', () => {
    expect(notice.materials.map(({ fullText: _fullText, ...rest }) => rest)).toEqual([
      { title: '中国共产党第十九届中央委员会第五次全体会议公报', url: null, page: null, note: '已发支部' },
      {
        title: '习近平：关于《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》的说明',
        url: 'https://www.gov.cn/xinwen/2020-11/03/content_5556997.htm',
        page: null,
        note: null
      },
      { title: '学习贯彻党的十九届五中全会精神专题辅导', url: null, page: 8, note: null },
      { title: '关于做好２０２１年元旦春节期间有关工作的通知（院党发〔２０２０〕３６号）', url: null, page: 12, note: null }
    ])
    expect(notice.materials.map((material) => material.fullText)).toEqual([
      null,
      null,
      '学习贯彻党的十九届五中全会精神 专题辅导\n\n第一部分：深刻认识五中全会的重大意义。\n\n第二部分：准确把握“十四五”时期的指导思想。',
      // Listed with its number, so the text starts at the issuer above "院党发〔２０２０〕３６号".
      '中共某某学院委员会\n\n院党发〔２０２０〕３６号\n\n关于做好2021年元旦春节期间有关工作的通知\n\n各党总支、直属党支部：\n\n元旦春节将至，现就有关工作通知如下。\n\n中共某某学院委员会\n\n２０２０年１２月２５日'
    ])
  })
})

describe('parseNotice: half-width notice from Windows (halfwidth-crlf.txt)', () => {
  // BOM and CRLF, "一," / "二." / "三、 " headings, double-space table with two rows, "10月20日" and "10.27",
  // organizers split on "," with stray spaces, 1、 / 1. / (1) numbering, (已发支部), (<http://…>), ".....3",
  // a title continued on the next line, and an appendix heading that drops a word (全国).
  const notice = parseNotice(fixture('halfwidth-crlf.txt'))

  it('reads the notice and reports the one weekday that does not fit its date', () => {
    expect(notice).toEqual({
      year: 2021,
      issueNo: 8,
      compiledBy: '党委组织部',
      publishedOn: '2021-10-15',
      schedule: [
        { week: 8, date: '2021-10-20', weekday: 3, organizers: ['第一党总支', '第二党总支', '直属党支部'] },
        { week: 9, date: '2021-10-27', weekday: 3, organizers: ['机关党工委', '党总支(直属党支部)'] }
      ],
      theme: '学习党史,坚定理想信念',
      purpose: '通过学习党史,引导党员学史明理、学史增信、学史崇德、学史力行.',
      materials: [
        { title: '中国共产党简史(第七章)', url: null, page: null, note: '已发支部', fullText: null },
        {
          title: '习近平在庆祝中国共产党成立100周年大会上的讲话',
          url: 'http://www.xinhuanet.com/politics/leaders/2021-07/15/c_1127658385.htm',
          page: null,
          note: null,
          fullText: null
        },
        {
          title: '关于在全党开展党史学习教育的通知(中发〔2021〕5号)',
          url: null,
          page: 3,
          note: null,
          fullText:
            '关于在全党开展党史学习教育的通知\n\n中发〔2021〕5号\n\n今年是中国共产党成立100周年.为动员全党全国满怀信心投身全面建设社会主义现代化国家,党中央决定,在全党开展党史学习教育.'
        },
        {
          title: '全国"两优一先"表彰大会侧记',
          url: null,
          page: 9,
          note: null,
          fullText: '"两优一先"表彰大会侧记\n\n6月28日,全国"两优一先"表彰大会在京举行.'
        }
      ],
      discussion: ['如何用党史滋养初心?', '结合本支部实际谈谈"我为群众办实事"的做法.'],
      requirements: ['各党支部以党小组为单位组织学习.', '如时间有调整,请提前半天报党委组织部.'],
      warnings: ['时间安排第9行：2021-10-27 是星期三，与表中的“四”不符，已按日期计']
    })
  })
})

describe('parseNotice: a notice with problems (problems.txt)', () => {
  const notice = parseNotice(fixture('problems.txt'))

  it('keeps what it can read and says, line by line, what it could not', () => {
    expect(notice.warnings).toEqual([
      '缺少“三、学习教育目的”部分',
      '时间安排第12行：2020-09-08 是星期二，与表中的“三”不符，已按日期计',
      '时间安排第13行的日期“待定”无法读取（应为“5.12”或“10月20日”）',
      '时间安排第14行的日期“9.31”不是有效日期',
      '时间安排第15行无法识别（既没有周次也没有日期），未读取：“注：遇节假日顺延”',
      '学习内容第23行在第一个编号之前，未读取：“本期材料如下：”',
      '学习内容第25行既不是编号条目也不是上一条的续行，未读取：“以上材料请提前自学。”',
      '第36行的文字不属于学习要求，也无法与任何学习材料对应，未读取（开头：“附件：学习材料全文”）',
      '材料2“关于新时代加强党的基层组织建设的意见”在附录中找不到标题相符的全文（最接近的是第42行“全面加强基层组织建设若干问题的说明”，相似度 0.36），fullText 为空'
    ])
  })

  it('keeps rows with an unreadable date, with the date left empty', () => {
    expect(notice.schedule).toEqual([
      { week: 1, date: '2020-09-08', weekday: 2, organizers: ['机关党工委'] },
      { week: 2, date: null, weekday: null, organizers: ['党总支（直属党支部）'] },
      { week: 3, date: null, weekday: 4, organizers: ['党总支'] }
    ])
    expect(notice.purpose).toBeNull()
  })

  it('matches an appendix heading that adds a parenthesis, and leaves an unrecognisable one unmatched', () => {
    expect(notice.materials.map((material) => [material.title, material.page, material.fullText?.split('\n')[0] ?? null])).toEqual([
      ['中国共产党章程', 3, '中国共产党章程（2017年修改）'],
      ['关于新时代加强党的基层组织建设的意见', null, null]
    ])
  })
})
