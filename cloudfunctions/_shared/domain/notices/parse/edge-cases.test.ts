import { parseNotice } from './index'

type Part = 'header' | 'schedule' | 'theme' | 'purpose' | 'materials' | 'discussion' | 'requirements' | 'appendix'

const HEADINGS: Partial<Record<Part, string>> = {
  schedule: '一、时间安排',
  theme: '二、学习教育主题',
  purpose: '三、学习教育目的',
  materials: '四、学习内容',
  discussion: '五、学习讨论',
  requirements: '六、学习要求'
}

/** A small, complete notice that parses without warnings; each part can be replaced, or left out with null. */
const DEFAULTS: Record<Part, string> = {
  header: '党员学习教育安排\n(2020年第3期)\n党委组织部编\n2020年5月7日',
  schedule: '周次\t日期\t星期\t组织者\n13\t5.12\t二\t机关党工委',
  theme: '学习主题',
  purpose: '学习目的。',
  materials: '1. 材料甲 <http://example.com/a>',
  discussion: '问题一？',
  requirements: '1. 要求一。',
  appendix: ''
}

function notice(parts: Partial<Record<Part, string | null>> = {}): string {
  const blocks: string[] = []
  for (const part of Object.keys(DEFAULTS) as Part[]) {
    const body = part in parts ? parts[part] : DEFAULTS[part]
    if (body === null || body === undefined) continue
    const heading = HEADINGS[part]
    blocks.push(heading ? `${heading}\n\n${body}` : body)
  }
  return blocks.join('\n\n')
}

describe('parseNotice: the minimal notice', () => {
  it('parses without warnings', () => {
    expect(parseNotice(notice())).toEqual({
      year: 2020,
      issueNo: 3,
      compiledBy: '党委组织部',
      publishedOn: '2020-05-07',
      schedule: [{ week: 13, date: '2020-05-12', weekday: 2, organizers: ['机关党工委'] }],
      theme: '学习主题',
      purpose: '学习目的。',
      materials: [{ title: '材料甲', url: 'http://example.com/a', page: null, note: null, fullText: null }],
      discussion: ['问题一？'],
      requirements: ['要求一。'],
      warnings: []
    })
  })
})

describe('parseNotice: sections', () => {
  it('warns about a missing section and still reads the others', () => {
    const parsed = parseNotice(notice({ discussion: null }))
    expect(parsed.discussion).toEqual([])
    expect(parsed.requirements).toEqual(['要求一。'])
    expect(parsed.warnings).toEqual(['缺少“五、学习讨论”部分'])
  })

  it('warns about every section when there are no headings at all', () => {
    const parsed = parseNotice('党员学习教育安排\n(2020年第3期)\n党委组织部编\n2020年5月7日\n随便一行')
    expect(parsed.warnings).toEqual([
      '标题区第5行无法识别，未读取：“随便一行”',
      '缺少“一、时间安排”部分',
      '缺少“二、学习教育主题”部分',
      '缺少“三、学习教育目的”部分',
      '缺少“四、学习内容”部分',
      '缺少“五、学习讨论”部分',
      '缺少“六、学习要求”部分',
      '时间安排中没有读到任何一行安排'
    ])
  })

  it.each(['一 、时间安排', '一、 时间安排', '一,时间安排', '一，时间安排', '一．时间安排', '一.时间安排', '一、时间安排：'])(
    'recognises the heading %s',
    (heading) => {
      const parsed = parseNotice(notice().replace('一、时间安排', heading))
      expect(parsed.schedule).toHaveLength(1)
      expect(parsed.warnings).toEqual([])
    }
  )

  it('warns about a section that is there but empty, in document order', () => {
    const parsed = parseNotice(notice({ theme: '', schedule: '周次\t日期\t星期\t组织者\n13\t5.12\t三\t机关党工委' }))
    expect(parsed.theme).toBeNull()
    expect(parsed.warnings).toEqual(['时间安排第9行：2020-05-12 是星期二，与表中的“三”不符，已按日期计', '“二、学习教育主题”部分是空的'])
  })

  it('reads content written on the heading line after a colon', () => {
    const parsed = parseNotice(notice({ theme: null }).replace('三、学习教育目的', '二、学习教育主题：学习主题\n\n三、学习教育目的'))
    expect(parsed.theme).toBe('学习主题')
    expect(parsed.warnings).toEqual([])
  })

  it('reports a heading that is none of the six sections, with how much it skipped', () => {
    const parsed = parseNotice(notice({ discussion: '问题一？\n\n六、联系方式\n\n张老师 1234\n\n七、学习要求\n\n1. 要求一。', requirements: null }))
    expect(parsed.requirements).toEqual(['要求一。'])
    expect(parsed.warnings).toEqual(['第27行的标题“六、联系方式”不是六个部分之一（或与前面的部分重复），其下 1 行未读取'])
  })

  it('never takes the appendix\'s own "一、…六、" headings for sections', () => {
    const appendix = '材料乙\n\n一、总体要求\n\n正文。\n\n六、有关要求\n\n正文。'
    const parsed = parseNotice(notice({ materials: '1. 材料乙\t3', appendix }))
    expect(parsed.requirements).toEqual(['要求一。'])
    expect(parsed.materials[0].fullText).toBe(appendix)
    expect(parsed.warnings).toEqual([])
  })
})

describe('parseNotice: header', () => {
  it('warns about each missing header field', () => {
    const parsed = parseNotice(notice({ header: '党员学习教育安排' }))
    expect(parsed).toMatchObject({ year: null, issueNo: null, compiledBy: null, publishedOn: null })
    expect(parsed.schedule[0].date).toBeNull()
    expect(parsed.warnings).toEqual([
      '未找到期号（如“(2020年第3期)”），year 和 issueNo 为空',
      '未找到编印单位（如“党委组织部编”），compiledBy 为空',
      '未找到印发日期（如“2020年5月7日”），publishedOn 为空',
      '时间安排第6行的日期“5.12”无法确定年份：期号和印发日期都没有读到'
    ])
  })

  it('takes the year of the schedule from the issue when the date is missing', () => {
    const parsed = parseNotice(notice({ header: '（2020年第三期）\n党委组织部编' }))
    expect(parsed).toMatchObject({ year: 2020, issueNo: 3, publishedOn: null })
    expect(parsed.schedule[0].date).toBe('2020-05-12')
  })

  it('reads issue, compiler and date from one line', () => {
    const header = '党员学习教育安排（2020年第十二期）\n编印单位：党委组织部　2020.12.1'
    const parsed = parseNotice(notice({ header, schedule: '周次\t日期\t星期\t组织者\n13\t12.8\t二\t机关党工委' }))
    expect(parsed).toMatchObject({ year: 2020, issueNo: 12, compiledBy: '党委组织部', publishedOn: '2020-12-01', warnings: [] })
  })
})

describe('parseNotice: schedule', () => {
  const header = (date: string): string => `党员学习教育安排\n(2020年第12期)\n党委组织部编\n${date}`
  const row = (cells: string): string => `周次\t日期\t星期\t组织者\n${cells}`

  it('puts a January date of a December issue in the next year', () => {
    const parsed = parseNotice(notice({ header: header('2020年12月28日'), schedule: row('18\t1.5\t二\t机关党工委') }))
    expect(parsed.schedule).toEqual([{ week: 18, date: '2021-01-05', weekday: 2, organizers: ['机关党工委'] }])
    expect(parsed.warnings).toEqual([])
  })

  it('puts a December date of a notice issued in early January in the year just gone, and says it is before the issue', () => {
    const parsed = parseNotice(notice({ header: header('2021年1月4日'), schedule: row('18\t12月29日\t二\t机关党工委') }))
    expect(parsed.schedule[0].date).toBe('2020-12-29')
    expect(parsed.warnings).toEqual(['时间安排第9行的日期“12月29日”（2020-12-29）早于印发日期 2021-01-04'])
  })

  it('keeps the date and warns when the weekday disagrees with it', () => {
    const parsed = parseNotice(notice({ schedule: row('13\t5.12\t星期三\t机关党工委') }))
    expect(parsed.schedule[0]).toEqual({ week: 13, date: '2020-05-12', weekday: 2, organizers: ['机关党工委'] })
    expect(parsed.warnings).toEqual(['时间安排第9行：2020-05-12 是星期二，与表中的“星期三”不符，已按日期计'])
  })

  it.each([
    ['5.12', '二', '2020-05-12'],
    ['5．12', '周二', '2020-05-12'],
    ['10月20日', '二', '2020-10-20'],
    ['１０月２０日', '星期二', '2020-10-20'],
    ['2021年1月5日', '礼拜二', '2021-01-05'],
    ['5.17', '日', '2020-05-17'],
    ['5.17', '天', '2020-05-17']
  ])('reads the date %s (星期%s) as %s', (date, weekday, iso) => {
    const parsed = parseNotice(notice({ schedule: row(`13\t${date}\t${weekday}\t机关党工委`) }))
    expect(parsed.schedule[0].date).toBe(iso)
    expect(parsed.warnings).toEqual([])
  })

  it.each([
    ['待定', '时间安排第9行的日期“待定”无法读取（应为“5.12”或“10月20日”）'],
    ['13.1', '时间安排第9行的日期“13.1”不是有效日期'],
    ['2.30', '时间安排第9行的日期“2.30”不是有效日期'],
    ['5.12下午', '时间安排第9行的日期“5.12下午”后面的“下午”未读取']
  ])('warns about the date %s', (date, warning) => {
    const parsed = parseNotice(notice({ schedule: row(`13\t${date}\t\t机关党工委`) }))
    expect(parsed.warnings).toEqual([warning])
  })

  it('splits organizers on 、，, with spaces trimmed, but not inside brackets', () => {
    const parsed = parseNotice(notice({ schedule: row('13\t5.12\t二\t机关党工委、 党总支（直属党支部、党小组）， 第一党支部 ,第二党支部') }))
    expect(parsed.schedule[0].organizers).toEqual(['机关党工委', '党总支（直属党支部、党小组）', '第一党支部', '第二党支部'])
  })

  it('reads a Word table as mammoth gives it: one cell per paragraph', () => {
    const cells = ['周次', '日期', '星期', '组织者', '13', '5.12', '二', '机关党工委', '14', '5.19', '二', '党总支'].join('\n\n')
    const parsed = parseNotice(notice({ schedule: cells }))
    expect(parsed.schedule).toEqual([
      { week: 13, date: '2020-05-12', weekday: 2, organizers: ['机关党工委'] },
      { week: 14, date: '2020-05-19', weekday: 2, organizers: ['党总支'] }
    ])
    expect(parsed.warnings).toEqual([])
  })

  it('reads rows typed with single spaces, and a table without a header with a warning', () => {
    expect(parseNotice(notice({ schedule: '周次 日期 星期 组织者\n第13周 5.12 二 机关党工委、 党总支' })).schedule).toEqual([
      { week: 13, date: '2020-05-12', weekday: 2, organizers: ['机关党工委', '党总支'] }
    ])
    const headerless = parseNotice(notice({ schedule: '13\t5.12\t二\t机关党工委' }))
    expect(headerless.schedule).toHaveLength(1)
    expect(headerless.warnings).toEqual(['时间安排没有表头，已按“周次 日期 星期 组织者”的顺序读取'])
  })
})

describe('parseNotice: numbered lists', () => {
  it.each([
    ['1.', '2.'],
    ['1．', '2．'],
    ['1、', '2、'],
    ['(1)', '(2)'],
    ['（1）', '（2）'],
    ['（１）', '（２）'],
    ['1)', '2)'],
    ['①', '②']
  ])('strips the numbering %s from requirements and questions', (first, second) => {
    const parsed = parseNotice(notice({ discussion: `${first} 问题一？\n\n${second}问题二？`, requirements: `${first} 要求一。\n${second} 要求二。` }))
    expect(parsed.discussion).toEqual(['问题一？', '问题二？'])
    expect(parsed.requirements).toEqual(['要求一。', '要求二。'])
    expect(parsed.warnings).toEqual([])
  })

  it('keeps a sub-point in another numbering style inside its item, on its own line', () => {
    const parsed = parseNotice(notice({ requirements: '1. 学习方式：\n（1）集中学习；\n\n（2）个人自学。\n2. 要求二。' }))
    expect(parsed.requirements).toEqual(['学习方式：\n（1）集中学习；\n（2）个人自学。', '要求二。'])
  })

  it('joins an item broken over lines and warns about a gap in the numbering', () => {
    const parsed = parseNotice(notice({ requirements: '1. 党员学习教育在党总支\n\n指导下开展。\n3. 要求三。' }))
    expect(parsed.requirements).toEqual(['党员学习教育在党总支指导下开展。', '要求三。'])
    expect(parsed.warnings).toEqual(['学习要求第32行的编号是 3，按顺序应为 2（已按出现顺序读取）'])
  })

  it('reads unnumbered questions as one per paragraph, joining a sentence broken over lines', () => {
    const parsed = parseNotice(notice({ discussion: '结合学习体会，谈谈\n\n如何落实？\n\n问题二？' }))
    expect(parsed.discussion).toEqual(['结合学习体会，谈谈如何落实？', '问题二？'])
  })
})

describe('parseNotice: materials', () => {
  const one = (line: string) => parseNotice(notice({ materials: `1. ${line}` }))

  it.each([
    ['材料甲.....3', 3],
    ['材料甲 ......... 3', 3],
    ['材料甲·····\t8', 8],
    ['材料甲\t13', 13],
    ['材料甲……12', 12],
    ['材料甲．．．．１４', 14],
    ['材料甲　　15', 15]
  ])('reads the page number in %s', (line, page) => {
    expect(one(line).materials[0]).toMatchObject({ title: '材料甲', page })
  })

  it('keeps a number that is part of the title', () => {
    expect(one('娄勤俭：来一场比学赶超（来源：《群众》2020 年第 9 期）').materials[0]).toMatchObject({
      title: '娄勤俭：来一场比学赶超（来源：《群众》2020 年第 9 期）',
      page: null
    })
  })

  it.each(['材料甲 <http://example.com/a>', '材料甲(<http://example.com/a>)', '材料甲（<http://example.com/a>）', '材料甲 http://example.com/a'])(
    'takes the link out of %s',
    (line) => {
      expect(one(line).materials[0]).toMatchObject({ title: '材料甲', url: 'http://example.com/a' })
    }
  )

  it('leaves angle brackets that are not a link in the title', () => {
    expect(one('学习<党章>第一章\t3').materials[0]).toMatchObject({ title: '学习<党章>第一章', url: null, page: 3 })
  })

  it.each(['材料甲(已发支部)', '材料甲（已发支部）', '材料甲 （已发支部）.....3'])('takes the note out of %s', (line) => {
    expect(one(line).materials[0]).toMatchObject({ title: '材料甲', note: '已发支部' })
  })

  it('joins a title broken over a blank line up to its page number, and reports a line after a finished material', () => {
    const parsed = parseNotice(
      notice({ materials: '1. 中共中央政治局常务委员会召开会议 中共中央总\n\n书记习近平主持会议\t3\n\n多出来的一行\n2. 材料乙 <http://example.com/b>' })
    )
    expect(parsed.materials.map((material) => [material.title, material.page])).toEqual([
      ['中共中央政治局常务委员会召开会议 中共中央总书记习近平主持会议', 3],
      ['材料乙', null]
    ])
    expect(parsed.warnings).toEqual([
      '学习内容第25行既不是编号条目也不是上一条的续行，未读取：“多出来的一行”',
      '学习要求之后没有附材料全文：材料1 的 fullText 为空'
    ])
  })

  it('reads unnumbered materials one per line, with a warning', () => {
    const parsed = parseNotice(notice({ materials: '材料甲 <http://example.com/a>\n材料乙 <http://example.com/b>' }))
    expect(parsed.materials.map((material) => material.title)).toEqual(['材料甲', '材料乙'])
    expect(parsed.warnings).toEqual(['学习内容没有编号，已按每行一项读取'])
  })
})

describe('parseNotice: appendix', () => {
  const materials = '1. 中共中央政治局常务委员会召开会议 听取疫情防控工作中央指导组工作汇报\t3\n2. 教育部召开视频会\t5'

  it('matches a heading that differs in a word and in spacing, and runs each text to the next heading', () => {
    const appendix = '中共中央政治局常务委员会召开会议 听取疫情防控工作 中央督导组工作汇报\n\n正文一。\n\n教育部 召开 视频会\n\n正文二。'
    const parsed = parseNotice(notice({ materials, appendix }))
    expect(parsed.materials.map((material) => material.fullText)).toEqual([
      '中共中央政治局常务委员会召开会议 听取疫情防控工作 中央督导组工作汇报\n\n正文一。',
      '教育部 召开 视频会\n\n正文二。'
    ])
    expect(parsed.warnings).toEqual([])
  })

  it('leaves fullText empty and warns when no heading is close enough', () => {
    const appendix = '教育部召开视频会\n\n正文二。'
    const parsed = parseNotice(notice({ materials, appendix }))
    expect(parsed.materials.map((material) => material.fullText)).toEqual([null, '教育部召开视频会\n\n正文二。'])
    expect(parsed.warnings).toEqual([
      '材料1“中共中央政治局常务委员会召开会议 听取疫情防控工作中央指导组…”在附录中找不到标题相符的全文（最接近的是第32行“教育部召开视频会”，相似度 0.05），fullText 为空'
    ])
  })

  it('reports an appendix nothing matched as one block, not line by line', () => {
    const parsed = parseNotice(notice({ materials: '1. 材料甲\t3', appendix: '完全不同的标题\n\n正文一。\n\n正文二。' }))
    expect(parsed.requirements).toEqual(['要求一。'])
    expect(parsed.warnings).toEqual([
      '第31–35行的 3 段文字不属于学习要求，也无法与任何学习材料对应，未读取（开头：“完全不同的标题”）',
      '材料1“材料甲”在附录中找不到标题相符的全文（最接近的是第31行“完全不同的标题”，相似度 0.00），fullText 为空'
    ])
  })
})
