import { myDataView, type StoredRecords } from './my-data-view'

const at = (iso: string) => new Date(iso)

function records(overrides: Partial<StoredRecords> = {}): StoredRecords {
  return {
    member: {
      _id: 'm-secret-id',
      name: '张三',
      phone: '13800001234',
      unitId: 'u1',
      groupId: null,
      activityUnitId: null,
      type: '正式党员',
      category: '离退休',
      status: 'active',
      roles: [{ role: 'branch_secretary', unitId: 'u1' }],
      createdAt: at('2026-01-01T00:00:00Z'),
      updatedAt: at('2026-02-01T00:00:00Z'),
      // Stored fields the view must never show, passed as a real document would carry them.
      ...({ openid: 'wx-openid-secret', inviteCode: 'ABCD2345' } as object)
    },
    units: new Map([['u1', { name: '教工第一党支部' }]]),
    invites: [],
    noticeStates: [],
    notices: new Map(),
    meetingStates: [],
    meetings: new Map(),
    feedback: [],
    subscription: null,
    stats: [],
    ...overrides
  }
}

describe('myDataView', () => {
  const now = at('2026-05-01T00:00:00Z')

  it('shows the profile in words and leaves out credentials and internal ids', () => {
    const view = myDataView(records(), now)
    const profile = Object.fromEntries(view.tables[0].rows)
    expect(profile).toMatchObject({ 姓名: '张三', 手机号: '13800001234', 所在组织: '教工第一党支部', 人员类别: '离退休', 状态: '在册' })
    expect(profile['职务']).toContain('教工第一党支部')
    const text = JSON.stringify(view)
    for (const secret of ['wx-openid-secret', 'ABCD2345', 'm-secret-id']) expect(text).not.toContain(secret)
  })

  it('lists feedback newest first, anonymous ones marked, with the reply', () => {
    const view = myDataView(
      records({
        feedback: [
          {
            kind: 'complaint',
            to: 'general_branch',
            recipientUnitName: '教工党总支',
            content: '早',
            anonymous: true,
            status: 'open',
            createdAt: at('2026-03-01T00:00:00Z'),
            reply: null
          },
          {
            kind: 'suggestion',
            to: 'org_department',
            recipientUnitName: '信息工程学院党委',
            content: '晚',
            anonymous: false,
            status: 'answered',
            createdAt: at('2026-04-01T00:00:00Z'),
            reply: { content: '已采纳', at: at('2026-04-02T00:00:00Z'), byLabel: '组织部' }
          }
        ]
      }),
      now
    )
    const rows = view.tables.find((t) => t.key === 'feedback')!.rows
    expect(rows.map((row) => row[4])).toEqual(['晚', '早'])
    expect(rows[1]).toEqual(expect.arrayContaining(['投诉', '教工党总支', '匿名', '待处理']))
    expect(rows[0][6]).toContain('组织部：已采纳')
  })

  it('names counts and consents in words', () => {
    const view = myDataView(
      records({
        subscription: { templates: { TEMPLATE_MEETING: 2 } },
        stats: [{ year: '2026', periods: { '2026-05': { noticeRead: 1, present: 2, late: 0 } } }]
      }),
      now
    )
    expect(view.tables.find((t) => t.key === 'subscriptions')!.rows).toEqual([['会议与请假提醒', '2']])
    expect(view.tables.find((t) => t.key === 'stats')!.rows).toEqual([['2026-05', '已学习材料 1，出席 2']])
  })
})
