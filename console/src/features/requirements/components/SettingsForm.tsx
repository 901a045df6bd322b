import { useEffect, useState } from 'react'
import { Button, Checkbox, DatePicker, DialogPlugin, InputNumber, MessagePlugin, Switch } from 'tdesign-react'
import type { QuotaKey, QuotaSettings } from '@contract/dashboard-api'
import { DEFAULT_QUOTAS, QUOTA_HINTS, QUOTA_LABELS, quotaTargets } from '@contract/dashboard-rules'
import { toApiError } from '../../../api/errors'
import { StatusView } from '../../../components/StatusView'
import { useCall } from '../../../lib/use-call'
import { getQuotaSettings, setQuotaSettings } from '../api'

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/** The count of a requirement, whichever shape its settings have. */
const perYear = (settings: QuotaSettings, key: QuotaKey): number => settings[key].perYear

function withCount(settings: QuotaSettings, key: QuotaKey, value: number): QuotaSettings {
  return { ...settings, [key]: { ...settings[key], perYear: value } }
}

/**
 * 要求设置 (组织部): the committee's yearly requirements for every branch.
 * The function checks every number (and refuses anyone but the 组织部);
 * saving asks first, since every branch's progress and the monthly reminders
 * follow it.
 */
export function SettingsForm() {
  const saved = useCall('quota-settings', getQuotaSettings)
  const [form, setForm] = useState<QuotaSettings | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (saved.data) setForm(saved.data)
  }, [saved.data])

  const save = (settings: QuotaSettings): void => {
    if (settings.partyLecture.months.length === 0) return void MessagePlugin.warning('请至少选择一个党课计入的月份')
    const dialog = DialogPlugin.confirm({
      header: '保存年度要求？',
      body: '保存后，各党支部的年度要求进度按新的要求计算，每月的落后提醒也按此发送。',
      confirmBtn: '保存',
      cancelBtn: '取消',
      onConfirm: () => {
        dialog.hide()
        setBusy(true)
        setQuotaSettings(settings).then(
          (next) => {
            setForm(next)
            setBusy(false)
            void MessagePlugin.success('年度要求已保存')
          },
          (error: unknown) => {
            setBusy(false)
            void MessagePlugin.error(toApiError(error).message)
          }
        )
      },
      onClose: () => dialog.hide()
    })
  }

  return (
    <StatusView loading={saved.loading || (!form && !saved.error)} error={saved.error} onRetry={saved.reload}>
      {form ? (
        <div className="requirements-form" data-testid="requirements-form">
          <section>
            <h4>组织生活（次/年）</h4>
            {(['collectiveStudy', 'thematicDiscussion', 'memberActivity', 'partyLecture', 'specialLifeMeeting', 'democraticEvaluation'] as QuotaKey[]).map(
              (key) => (
                <div className="requirements-field" key={key}>
                  <label>{QUOTA_LABELS[key]}</label>
                  <InputNumber
                    value={perYear(form, key)}
                    min={0}
                    max={100}
                    decimalPlaces={0}
                    onChange={(value) => typeof value === 'number' && setForm(withCount(form, key, value))}
                    style={{ width: 120 }}
                  />
                  <span className="muted">{QUOTA_HINTS[key]}</span>
                  <span className="requirements-target">实际要求：{quotaTargets(form)[key].reason}</span>
                </div>
              )
            )}
            <div className="requirements-field">
              <label>按月开展集体学习</label>
              <Switch
                value={form.collectiveStudy.monthly}
                onChange={(monthly) => setForm({ ...form, collectiveStudy: { ...form.collectiveStudy, monthly } })}
              />
              <span className="muted">开启后每月至少 1 次</span>
            </div>
            <div className="requirements-field">
              <label>按季度开展专题研讨</label>
              <Switch
                value={form.thematicDiscussion.quarterly}
                onChange={(quarterly) => setForm({ ...form, thematicDiscussion: { ...form.thematicDiscussion, quarterly } })}
              />
              <span className="muted">开启后每季度 1 次</span>
            </div>
            <div className="requirements-field">
              <label>党课计入的月份</label>
              <Checkbox.Group
                value={form.partyLecture.months}
                onChange={(months) => setForm({ ...form, partyLecture: { ...form.partyLecture, months: (months as number[]).slice().sort((a, b) => a - b) } })}
                options={MONTHS.map((month) => ({ value: month, label: `${month}月` }))}
              />
            </div>
          </section>
          <section>
            <h4>集中学习培训</h4>
            <div className="requirements-field">
              <label>每名党员每年（天）</label>
              <InputNumber
                value={form.educationDaysPerMember}
                min={0}
                max={365}
                decimalPlaces={0}
                onChange={(value) => typeof value === 'number' && setForm({ ...form, educationDaysPerMember: value })}
                style={{ width: 120 }}
              />
              <span className="muted">机关、国有企业、事业单位党员不少于 12 天，其他党员不少于 6 天</span>
            </div>
          </section>
          <section>
            <h4>起算日期</h4>
            <div className="requirements-field">
              <label>从哪一天起计算进度</label>
              <DatePicker
                value={form.countFrom ?? ''}
                onChange={(value) => setForm({ ...form, countFrom: typeof value === 'string' && value ? value : null })}
                clearable
                placeholder="未设定"
              />
              <span className="muted">
                {form.countFrom
                  ? '各党支部从此日起计算；建立晚于此日的支部从建立之日起计算。'
                  : '未设定：各党支部从开始使用本系统的次月起计算，尚未使用的支部暂不计算。'}
              </span>
            </div>
          </section>
          <div className="import-steps">
            <Button variant="outline" onClick={() => setForm(DEFAULT_QUOTAS)}>
              恢复默认
            </Button>
            <Button theme="primary" loading={busy} onClick={() => save(form)} data-testid="requirements-save">
              保存
            </Button>
          </div>
        </div>
      ) : null}
    </StatusView>
  )
}
