import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { studyMessage } from '../notices/message'
import { digestMessage, quotaMessage } from '../dashboard/message'
import { fitMessage } from './message'
import { kindOfKey } from './fields'
import { SUBSCRIBE_TEMPLATES } from './templates'

describe('fitting a message before it is sent', () => {
  it('fits every field of each builder’s message and keeps the wording', () => {
    const study = fitMessage(
      studyMessage('reviewed', {
        openId: 'o',
        noticeId: 'n',
        title: '党员学习教育安排 2026年第12期',
        date: '2026-03-01',
        note: '写得很好🎉继续保持，期待下次分享'
      })
    )
    expect(study).toMatchObject({
      ok: true,
      message: {
        data: {
          thing1: { value: '党员学习教育安排 2026年第12期' },
          time2: { value: '2026年3月1日' },
          thing3: { value: '学习讨论已批阅：写得很好🎉继续保持，期…' }
        }
      }
    })
    const quota = fitMessage(
      quotaMessage({ openId: 'o', unitId: 'u', unitName: '机关第一党支部', missing: '集体学习（本月未开展）、主题党日（本月未开展）', month: '3月' })
    )
    expect(quota).toMatchObject({
      ok: true,
      message: { data: { thing1: { value: '机关第一党支部' }, thing2: { value: '集体学习（本月未开展）、主题党日（本月…' } } }
    })
    const digest = fitMessage(digestMessage({ openId: 'o', unitId: 'u', week: '3月第1周', summary: '短' }))
    expect(digest.ok).toBe(true)
  })

  it('refuses (and so never sends) a message that WeChat would answer 47003', () => {
    const undated = fitMessage(studyMessage('published', { openId: 'o', noticeId: 'n', title: '党员学习教育安排', date: null }))
    expect(undated).toEqual({ ok: false, problems: [expect.stringMatching(/^字段 time2：time 应为/)] })
    const base = { touser: 'o', page: 'p', template_id: SUBSCRIBE_TEMPLATES.quota.id }
    expect(fitMessage({ ...base, data: { thing1: { value: 'a' }, thing2: { value: 'b' } } })).toEqual({
      ok: false,
      problems: ['模板 TEMPLATE_QUOTA 缺少字段 thing3']
    })
    expect(fitMessage({ ...base, template_id: 'other', data: { site01: { value: 'a' } } })).toEqual({ ok: false, problems: ['字段 site01 不是微信的参数类别'] })
  })

  it('declares the same templates and field kinds as party-study.config.json', () => {
    const config = JSON.parse(readFileSync(join(__dirname, '../../../../party-study.config.json'), 'utf8')) as {
      subscribeTemplates: Record<string, { fields: Array<{ key: string; kind: string }> }>
    }
    for (const [name, template] of Object.entries(SUBSCRIBE_TEMPLATES)) {
      const fields = config.subscribeTemplates[name]?.fields ?? []
      expect(fields.map((f) => f.key).sort()).toEqual([...template.keys].sort())
      for (const f of fields) expect(kindOfKey(f.key)).toBe(f.kind)
    }
  })
})
