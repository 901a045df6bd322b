import type { NoticeDraft } from '../../cloudfunctions/_shared/contract/notices-api'

/** A local date `days` from now in Asia/Shanghai (YYYY-MM-DD), so tests never age. */
export function shanghaiDate(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000)
  return at.toISOString().slice(0, 10)
}

/** A draft like 002's, scheduled `days` from today. */
export function sampleDraft(issueNo: number, days = 10): NoticeDraft {
  return {
    year: 2026,
    issueNo,
    compiledBy: '党委组织部',
    publishedOn: shanghaiDate(0),
    schedule: [{ week: 13, date: shanghaiDate(days), weekday: null, organizers: ['机关党工委', '党总支（直属党支部）'] }],
    theme: '深入学习贯彻习近平新时代中国特色社会主义思想',
    purpose: '统一思想、统一意志、统一行动。',
    materials: [
      {
        title: '《习近平新时代中国特色社会主义思想三十讲》第十九讲、第二十讲',
        url: 'http://www.xinhuanet.com/politics/xjpsxkj/index.html',
        page: null,
        note: null,
        fullText: null
      },
      { title: '关于实行党员积分管理的指导意见（锡组通〔2020〕8 号）', url: null, page: 16, note: null, fullText: '为进一步加强党员队伍建设……' }
    ],
    discussion: ['结合学习体会，谈谈如何在疫情常态化下分别实现个人发展和学校发展的“比学赶超”。'],
    requirements: ['以党支部或党小组为单位认真做好学习教育记录。'],
    answerDeadline: null
  }
}
