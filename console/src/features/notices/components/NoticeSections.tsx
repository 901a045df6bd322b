import type { NoticeDraft } from '@contract/notices-api'
import type { ParsedNotice } from '@contract/notices'

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** The notice's sections as members will read them: 时间安排, 学习目的, 学习内容, 讨论题, 学习要求. */
export function NoticeSections(props: { notice: ParsedNotice | NoticeDraft }) {
  const n = props.notice
  return (
    <div className="notice-sections" data-testid="notice-sections">
      <h4>一、时间安排</h4>
      {n.schedule.length === 0 ? (
        <p className="muted">未识别到时间安排</p>
      ) : (
        <ul>
          {n.schedule.map((row, index) => (
            <li key={index}>
              {row.week ? `第 ${row.week} 周 ` : ''}
              {row.date ?? '日期未识别'} {row.weekday ? WEEKDAYS[row.weekday] : ''} · {row.organizers.join('、') || '组织者未识别'}
            </li>
          ))}
        </ul>
      )}
      <h4>二、学习目的</h4>
      <p>{n.purpose || <span className="muted">未识别</span>}</p>
      <h4>三、学习内容（{n.materials.length} 份）</h4>
      <ol>
        {n.materials.map((material, index) => (
          <li key={index}>
            {material.title}
            {material.note ? <span className="muted">（{material.note}）</span> : null}
            {material.fullText ? <span className="muted"> · 附全文 {material.fullText.length} 字</span> : null}
          </li>
        ))}
      </ol>
      <h4>四、讨论题</h4>
      <ol>
        {n.discussion.map((question, index) => (
          <li key={index}>{question}</li>
        ))}
      </ol>
      <h4>五、学习要求</h4>
      <ol>
        {n.requirements.map((requirement, index) => (
          <li key={index}>{requirement}</li>
        ))}
      </ol>
    </div>
  )
}
