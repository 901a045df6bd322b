import type { NoticeSummary } from '../../cloudfunctions/_shared/contract/notices-api'
import { startDemoEmulator } from '../support/demo'
import { callAs, restore, snapshot } from '../support/gateway'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/**
 * Authorisation for every notices action × role × inside / outside the
 * caller's subtree, written out independently of the role table. A denial is
 * FORBIDDEN (staff actions) or NOT_FOUND (a member asking about a notice not
 * sent to their branch), with a Chinese message, and writes nothing.
 */
const ACTORS = {
  orgDepartment: people.orgDepartment.openId,
  staffGeneralSecretary: people.staffGeneralSecretary.openId, // 教工党总支
  staff1Secretary: people.staff1Secretary.openId, // 教工第一党支部
  staff1Organizer: people.staff1Organizer.openId,
  staff1Member: people.staff1GroupMember.openId,
  newcomer: people.newcomer.openId
} as const
type Actor = keyof typeof ACTORS

const PLACES = {
  inside: { branch: 'u-b-staff-1', answered: people.staff1MobileMember.memberId },
  outside: { branch: 'u-b-student-1', answered: people.student1MobileMember.memberId }
} as const
type Place = keyof typeof PLACES

/** Staff actions on a branch; `id` is the published notice. */
const BRANCH_ACTIONS: Record<string, (id: string, p: (typeof PLACES)[Place]) => unknown> = {
  'notices.push': (id, p) => ({ id, unitId: p.branch }),
  'notices.reschedule': (id, p) => ({
    id,
    unitId: p.branch,
    startAt: new Date(Date.now() + 12 * 86_400_000).toISOString(),
    form: '线上学习',
    place: '腾讯会议'
  }),
  'notices.progress': (id, p) => ({ id, unitId: p.branch }),
  'notices.remind': (id, p) => ({ id, unitId: p.branch }),
  'records.export': (id, p) => ({ id, unitId: p.branch }),
  'answers.get': (id, p) => ({ id, memberId: p.answered }),
  'answers.review': (id, p) => ({ id, memberId: p.answered, status: 'accepted' }),
  'notices.list': (_id, p) => ({ view: 'manage', unitId: p.branch })
}
const RUNS_INSIDE: Record<Actor, boolean> = {
  orgDepartment: true,
  staffGeneralSecretary: true,
  staff1Secretary: true,
  staff1Organizer: true,
  staff1Member: false,
  newcomer: false
}

const CASES = (Object.keys(ACTORS) as Actor[]).flatMap((actor) =>
  (Object.keys(PLACES) as Place[]).flatMap((place) =>
    Object.keys(BRANCH_ACTIONS).map((action) => [actor, place, action, place === 'inside' ? RUNS_INSIDE[actor] : actor === 'orgDepartment'] as const)
  )
)

describe('notices authorisation', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let noticeId = ''
  let seeded = ''
  const call = (actor: Actor, action: string, payload: unknown) => callAs(demo.emulator.url, ACTORS[actor], 'notices', action, payload)

  beforeAll(async () => {
    demo = await startDemoEmulator()
    const draft = await callAs<NoticeSummary>(demo.emulator.url, ACTORS.orgDepartment, 'notices', 'notices.saveDraft', { draft: sampleDraft(20) })
    if (!draft.ok) throw new Error(draft.error.message)
    noticeId = draft.data.id
    expect(await call('orgDepartment', 'notices.publish', { id: noticeId })).toMatchObject({ ok: true })
    // One answer in each branch, for the answer actions to find.
    for (const openId of [people.staff1MobileMember.openId, people.student1MobileMember.openId]) {
      expect(await callAs(demo.emulator.url, openId, 'notices', 'answers.submit', { id: noticeId, answers: ['学习体会'] })).toMatchObject({ ok: true })
    }
    seeded = await snapshot(demo.emulator.url)
  })
  afterAll(() => demo.close())

  it.each(CASES)('%s %s: %s → allowed=%s', async (actor, place, action, allowed) => {
    await restore(demo.emulator.url, seeded)
    const result = await call(actor, action, BRANCH_ACTIONS[action](noticeId, PLACES[place]))
    if (allowed) {
      expect(result).toMatchObject({ ok: true })
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
      expect(await snapshot(demo.emulator.url)).toBe(seeded)
    }
  })

  it.each(Object.keys(ACTORS).filter((a) => a !== 'orgDepartment') as Actor[])(
    'only the 组织部 drafts, parses, publishes and sees reported changes, not %s',
    async (actor) => {
      await restore(demo.emulator.url, seeded)
      for (const [action, payload] of [
        ['notices.saveDraft', { draft: sampleDraft(21) }],
        ['notices.parse', { text: '党员学习教育安排' }],
        ['notices.publish', { id: noticeId }],
        ['notices.getDraft', { id: noticeId }],
        ['notices.changes', { id: noticeId }]
      ] as const) {
        expect(await call(actor, action, payload)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      }
      expect(await snapshot(demo.emulator.url)).toBe(seeded)
    }
  )

  it('lets members act only on notices sent to their branch, and non-members not at all', async () => {
    await restore(demo.emulator.url, seeded)
    const draft = await callAs<NoticeSummary>(demo.emulator.url, ACTORS.orgDepartment, 'notices', 'notices.saveDraft', { draft: sampleDraft(22) })
    if (!draft.ok) throw new Error(draft.error.message)
    await call('orgDepartment', 'notices.publish', { id: draft.data.id, unitIds: ['u-gb-student'] })
    const before = await snapshot(demo.emulator.url)
    for (const [action, payload] of [
      ['notices.get', { id: draft.data.id }],
      ['notices.read', { id: draft.data.id, materialIndex: 0 }],
      ['answers.submit', { id: draft.data.id, answers: ['回答'] }]
    ] as const) {
      expect(await call('staff1Member', action, payload)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect(await call('newcomer', action, payload)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await call('newcomer', 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await snapshot(demo.emulator.url)).toBe(before)
  })
})
