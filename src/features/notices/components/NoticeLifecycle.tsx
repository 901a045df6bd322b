import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { NoticeCorrection, NoticeSummary } from '@contract/notices-api'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { Field } from '@/components/Field'
import { formatDay } from '@/lib/calendar'
import { showDone } from '@/lib/toast'
import { Button } from '@/ui/button'
import { Input } from '@/ui/input'
import { correctNotice, getNotice, withdrawNotice } from '../api'

/** What the 组织部 can still do with a published notice: 更正 typos (answers kept) and 撤回 until the study day. */
export function NoticeLifecycleActions({ notice, onDone }: { notice: NoticeSummary; onDone: () => void }) {
  const [asking, setAsking] = useState<'withdraw' | 'correct' | null>(null)
  const [reason, setReason] = useState('')
  const [correction, setCorrection] = useState<NoticeCorrection | null>(null)
  const [loading, setLoading] = useState(false)

  const openCorrection = async () => {
    setLoading(true)
    try {
      const detail = await getNotice({ id: notice.id })
      setCorrection({
        theme: detail.theme,
        materials: detail.materials.map((material) => ({ title: material.title, fullText: material.fullText })),
        discussion: [...detail.discussion]
      })
      setAsking('correct')
    } finally {
      setLoading(false)
    }
  }

  return (
    <View className="ps-notice-lifecycle">
      <View className="ps-actions ps-actions--left">
        <Button className="ps-notice-correct" size="small" fill="outline" loading={loading} onClick={() => void openCorrection()}>
          更正错字
        </Button>
        <Button className="ps-notice-withdraw" size="small" fill="outline" onClick={() => setAsking('withdraw')}>
          撤回
        </Button>
      </View>
      <ConfirmDialog
        className="ps-notice-withdraw-dialog"
        visible={asking === 'withdraw'}
        title="撤回学习安排"
        message={`撤回后各支部和党员将不能再查看和提交「${notice.title}」，已收到推送的党员会收到撤回提醒，已提交的回答保留为记录。学习日（${formatDay(notice.firstDate)}）当天起不能撤回；只是错字请用“更正错字”。`}
        confirmText="确认撤回"
        disableConfirm={reason.trim().length < 2}
        onClose={() => setAsking(null)}
        onConfirm={async () => {
          const result = await withdrawNotice({ id: notice.id, reason: reason.trim() })
          setAsking(null)
          showDone(result.told > 0 ? `已撤回，已提醒 ${result.told} 人` : '已撤回')
          onDone()
        }}
      >
        <Field label="撤回原因（党员可见）">
          <Input className="ps-notice-withdraw-reason" value={reason} maxLength={200} placeholder="如：学习日期有误，另行通知" onChange={setReason} />
        </Field>
      </ConfirmDialog>
      <ConfirmDialog
        className="ps-notice-correct-dialog"
        visible={asking === 'correct' && correction !== null}
        title="更正错字"
        message="只改错字：不能增删学习材料或讨论题。党员已提交的回答保留，页面上会显示“已更正”和日期。"
        confirmText="确认更正"
        onClose={() => setAsking(null)}
        onConfirm={async () => {
          if (!correction) return
          const result = await correctNotice({ id: notice.id, correction })
          setAsking(null)
          showDone(`已更正：${result.changed.join('、')}`)
          onDone()
        }}
      >
        {correction && (
          <View className="ps-notice-correct-form">
            <Field label="学习主题">
              <Input className="ps-correct-theme" value={correction.theme} maxLength={200} onChange={(theme) => setCorrection({ ...correction, theme })} />
            </Field>
            {correction.materials.map((material, index) => (
              <Field key={`m${index}`} label={`学习材料 ${index + 1}`}>
                <Input
                  className="ps-correct-material"
                  value={material.title}
                  maxLength={300}
                  onChange={(title) => setCorrection({ ...correction, materials: correction.materials.map((m, i) => (i === index ? { ...m, title } : m)) })}
                />
              </Field>
            ))}
            {correction.discussion.map((question, index) => (
              <Field key={`q${index}`} label={`讨论题 ${index + 1}`}>
                <Input
                  className="ps-correct-question"
                  value={question}
                  maxLength={500}
                  onChange={(text) => setCorrection({ ...correction, discussion: correction.discussion.map((q, i) => (i === index ? text : q)) })}
                />
              </Field>
            ))}
            <Text className="ps-muted">学习材料的全文不在此更正。</Text>
          </View>
        )}
      </ConfirmDialog>
    </View>
  )
}
