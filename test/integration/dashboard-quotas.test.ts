import type { BranchQuotas } from '../../cloudfunctions/_shared/contract/dashboard-api'
import type { MeetingType } from '../../cloudfunctions/_shared/contract/meetings-api'
import { startDemoEmulator } from '../support/demo'
import { gateway, type Gateway } from '../support/gateway'
import { sampleMeeting, setClock } from '../support/meetings'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/**
 * Yearly quotas against the calendar with the functions' clock frozen: a
 * branch with 5 collective studies by October is behind, its secretary gets
 * exactly one reminder that month, and none once it has caught up.
 */
describe('dashboard quotas and the monthly reminder', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const orgDepartment = people.orgDepartment.openId
  const secretary = people.staff1Secretary.openId // 教工第一党支部
  const otherSecretary = people.staff2Secretary.openId // 教工第二党支部: nothing held, behind too
  let gw: Gateway
  const fire = async (): Promise<{ behind: number; reminded: number }> =>
    (
      (await (await fetch(`${demo.emulator.url}/_emulator/timers/dashboard/monthlyQuotaReminders`, { method: 'POST' })).json()) as {
        result: { behind: number; reminded: number }
      }
    ).result
  const messagesTo = async (openId: string): Promise<string[]> =>
    (
      (await (await fetch(`${demo.emulator.url}/_emulator/outbox?touser=${openId}`)).json()) as {
        messages: Array<{ data: { data: { thing2: { value: string } } } }>
      }
    ).messages.map((m) => m.data.data.thing2.value)

  /** Plans meetings (clock before them), then records each after it ended, which makes it count as held. */
  async function hold(plannedAt: string, heldBy: string, meetings: Array<{ type: MeetingType; day: string; noticeId?: string }>): Promise<void> {
    await setClock(demo.emulator.url, plannedAt)
    const ids: string[] = []
    for (const [i, m] of meetings.entries()) {
      const meeting = sampleMeeting(`${m.day}T07:00:00.000Z`, { type: m.type, title: `${m.type}-${m.day}-${i}`, noticeId: m.noticeId ?? null })
      ids.push((await gw.ok('meetings', 'meetings.create', { unitId: 'u-b-staff-1', meeting }, secretary)).id)
    }
    await setClock(demo.emulator.url, heldBy)
    for (const id of ids) await gw.ok('meetings', 'minutes.save', { id, content: '按计划开展，记录在案。', resolutions: [] }, secretary)
  }
  const staff1 = async (): Promise<BranchQuotas> => (await gw.ok('dashboard', 'dashboard.quotas', { unitId: 'u-b-staff-1', year: 2026 }, secretary)).branches[0]

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    await setClock(demo.emulator.url, '2025-12-20T02:00:00Z')
    const draft = await gw.ok('notices', 'notices.saveDraft', { draft: sampleDraft(1) }, orgDepartment)
    await gw.ok('notices', 'notices.publish', { id: draft.id }, orgDepartment)
    // Jan–May: five collective studies (three on the study notice: the quarterly 专题研讨), two 主题党日; a 党课 in July.
    await hold('2025-12-31T02:00:00Z', '2026-08-01T02:00:00Z', [
      { type: 'collective_study', day: '2026-01-15', noticeId: draft.id },
      { type: 'collective_study', day: '2026-02-12', noticeId: draft.id },
      { type: 'collective_study', day: '2026-03-12' },
      { type: 'collective_study', day: '2026-04-16', noticeId: draft.id },
      { type: 'collective_study', day: '2026-05-14' },
      { type: 'theme_day', day: '2026-02-13' },
      { type: 'theme_day', day: '2026-04-10' },
      { type: 'party_lecture', day: '2026-07-01' }
    ])
    for (let i = 0; i < 3; i++) {
      for (const openId of [secretary, otherSecretary]) await gw.ok('notices', 'subscriptions.grant', { results: { TEMPLATE_QUOTA: 'accept' } }, openId)
    }
    // The branches were in use all year: the 组织部 says so (otherwise each counts from the month after its first activity).
    const settings = await gw.ok('dashboard', 'quotas.get', {}, orgDepartment)
    await gw.ok('dashboard', 'quotas.set', { settings: { ...settings, countFrom: '2026-01-01' } }, orgDepartment)
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('shows the branch behind in October, naming the months without a collective study', async () => {
    await setClock(demo.emulator.url, '2026-10-20T01:00:00Z')
    const quotas = await staff1()
    expect(quotas.behind).toEqual(['collectiveStudy'])
    expect(quotas.items.find((i) => i.key === 'collectiveStudy')).toMatchObject({
      done: 5,
      expectedByNow: 9,
      behind: true,
      detail: '6月、7月、8月、9月没有集体学习'
    })
    expect(quotas.items.find((i) => i.key === 'thematicDiscussion')).toMatchObject({ done: 3, behind: false })
  })

  it('sends its secretary exactly one reminder that month, however often the timer runs', async () => {
    expect(await fire()).toMatchObject({ reminded: 2 }) // 教工第一 and (having held nothing) 教工第二
    expect(await fire()).toMatchObject({ reminded: 0 })
    expect(await messagesTo(secretary)).toEqual(['集体学习差4次'])
    expect(await messagesTo(otherSecretary)).toHaveLength(1)
  })

  it('sends nothing once the branch has caught up', async () => {
    await hold(
      '2026-10-20T01:00:00Z',
      '2026-10-31T12:00:00Z',
      ['2026-10-21', '2026-10-22', '2026-10-23', '2026-10-26', '2026-10-27'].map((day) => ({ type: 'collective_study' as const, day }))
    )
    await setClock(demo.emulator.url, '2026-11-20T01:00:00Z')
    expect((await staff1()).behind).toEqual([])
    await fire()
    expect(await messagesTo(secretary)).toEqual(['集体学习差4次'])
    expect(await messagesTo(otherSecretary)).toHaveLength(2) // still behind: a new month, one more
  })
})
