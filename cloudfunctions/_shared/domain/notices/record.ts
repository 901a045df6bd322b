import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { labelledTable } from '../record-table'

/**
 * The branch's 学习教育记录 for one notice, generated from what was recorded:
 * nobody retypes it. Pure: the caller gathers the facts.
 */
export interface StudyRecord {
  unitName: string
  noticeTitle: string
  theme: string
  time: string
  place: string
  form: string
  organiser: string
  assigned: number
  attended: number
  materials: string[]
  questions: string[]
  answers: Array<{ name: string; text: string }>
}

const DIGEST_CHARS = 300

/** A digest, not a transcript: each answer clipped to a readable length. */
export function digest(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return [...clean].length <= DIGEST_CHARS ? clean : [...clean].slice(0, DIGEST_CHARS).join('') + '……'
}

export async function renderStudyRecord(record: StudyRecord): Promise<Buffer> {
  const doc = new Document({
    creator: 'party-study',
    title: `${record.unitName}学习教育记录`,
    sections: [
      {
        children: [
          new Paragraph({ text: `${record.unitName}学习教育记录`, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: record.noticeTitle, heading: HeadingLevel.HEADING_2 }),
          labelledTable([
            ['时间', record.time],
            ['地点', record.place],
            ['方式', record.form],
            ['组织者', record.organiser],
            ['出席情况', `应到 ${record.assigned} 人，提交学习讨论 ${record.attended} 人`],
            ['学习主题', record.theme]
          ]),
          new Paragraph({ text: '学习内容', heading: HeadingLevel.HEADING_3 }),
          ...record.materials.map((title, i) => new Paragraph(`${i + 1}. ${title}`)),
          new Paragraph({ text: '学习讨论', heading: HeadingLevel.HEADING_3 }),
          ...record.questions.map((question, i) => new Paragraph(`${i + 1}. ${question}`)),
          new Paragraph({ text: '发言摘要', heading: HeadingLevel.HEADING_3 }),
          ...(record.answers.length === 0
            ? [new Paragraph('（暂无提交）')]
            : record.answers.map(
                (answer) => new Paragraph({ children: [new TextRun({ text: `${answer.name}：`, bold: true }), new TextRun(digest(answer.text))] })
              ))
        ]
      }
    ]
  })
  return Packer.toBuffer(doc)
}
