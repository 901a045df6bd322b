import type { Doc } from '../../emulator/database/ejson'
import { seededRandom } from './prng'
import { allKeys, bucketId, localMonth, periodKeys } from '../../cloudfunctions/_shared/domain/dashboard/periods'

/**
 * A synthetic committee for the dashboard benchmark: 1 党委, 40 党总支,
 * 400 党支部 of 50 members (20,000), a year of weekly study notices and a
 * monthly 主题党日 per branch, with members reading, answering, attending,
 * asking for leave and making up at realistic rates. It writes the raw
 * records (what a naive dashboard would scan) and the counters the real one
 * reads, computed from the same events.
 */
export interface SyntheticYear {
  collections: Record<string, Doc[]>
  members: number
  branches: number
  rawRecords: number
  /** The committee's year totals, for checking the two implementations agree. */
  totals: { noticeRead: number; present: number }
}

const GENERAL_BRANCHES = 40
const BRANCHES_PER_GENERAL = 10
const MEMBERS_PER_BRANCH = 50
export const BENCH_YEAR = 2025
export const BENCH_DEPARTMENT = 'bench-dept'

type Counts = Record<string, number>
const COUNTED = [
  'notices',
  'noticeAssigned',
  'noticeRead',
  'noticeAnswered',
  'scheduleChanges',
  'meetingsHeld',
  'meetingInvited',
  'present',
  'late',
  'leave',
  'absent',
  'madeUp'
]

export function syntheticYear(seed = 2025): SyntheticYear {
  const random = seededRandom(seed)
  const at = new Date(`${BENCH_YEAR}-01-01T00:00:00Z`)
  const units: Doc[] = [
    { _id: 'c', name: '党委', type: 'committee', parentId: null, path: '/c/', directlyAttached: false, memberCount: 1, status: 'active', createdAt: at }
  ]
  const members: Doc[] = [
    {
      _id: 'dept',
      name: '组织部',
      openid: BENCH_DEPARTMENT,
      unitId: 'c',
      unitPath: '/c/',
      groupId: null,
      phone: '',
      type: '正式党员',
      category: '在职',
      status: 'active',
      roles: [{ role: 'org_department', unitId: 'c', unitPath: '/c/' }],
      activityUnitId: null,
      createdAt: at,
      updatedAt: at
    }
  ]
  const branches: Array<{ id: string; path: string; name: string; members: string[] }> = []
  for (let g = 0; g < GENERAL_BRANCHES; g += 1) {
    units.push({
      _id: `g${g}`,
      name: `第${g + 1}党总支`,
      type: 'general_branch',
      parentId: 'c',
      path: `/c/g${g}/`,
      directlyAttached: false,
      memberCount: 0,
      status: 'active',
      createdAt: at
    })
    for (let b = 0; b < BRANCHES_PER_GENERAL; b += 1) {
      const id = `b${g}-${b}`
      const path = `/c/g${g}/${id}/`
      const name = `第${g + 1}-${b + 1}党支部`
      units.push({
        _id: id,
        name,
        type: 'branch',
        parentId: `g${g}`,
        path,
        directlyAttached: false,
        memberCount: MEMBERS_PER_BRANCH,
        status: 'active',
        createdAt: at
      })
      const ids = Array.from({ length: MEMBERS_PER_BRANCH }, (_, m) => `m${g}-${b}-${m}`)
      for (const [m, memberId] of ids.entries())
        members.push({
          _id: memberId,
          name: `党员${m}`,
          unitId: id,
          unitPath: path,
          groupId: null,
          phone: '',
          type: '正式党员',
          category: '在职',
          status: 'active',
          roles: [{ role: 'member', unitId: id, unitPath: path }],
          activityUnitId: null,
          createdAt: at,
          updatedAt: at
        })
      branches.push({ id, path, name, members: ids })
    }
  }
  const unitOf = new Map(units.map((u) => [u._id as string, u]))
  const buckets = new Map<string, Counts & { held?: Counts; heldByMonth?: Record<string, Counts> }>()
  const memberStats = new Map<string, Record<string, Counts>>()
  const addUp = (unitIds: string[], keys: string[], delta: Counts): void => {
    for (const unitId of unitIds)
      for (const key of keys) {
        const bucket = buckets.get(bucketId(unitId, key)) ?? Object.fromEntries(COUNTED.map((f) => [f, 0]))
        for (const [field, n] of Object.entries(delta)) bucket[field] = (bucket[field] ?? 0) + n
        buckets.set(bucketId(unitId, key), bucket)
      }
  }
  const addMember = (memberId: string, keys: string[], delta: Counts): void => {
    const periods = memberStats.get(memberId) ?? {}
    for (const key of keys) for (const [field, n] of Object.entries(delta)) (periods[key] ??= {})[field] = (periods[key][field] ?? 0) + n
    memberStats.set(memberId, periods)
  }
  const ancestors = (path: string): string[] => path.split('/').filter(Boolean)

  const notices: Doc[] = []
  const noticeUnits: Doc[] = []
  const noticeMembers: Doc[] = []
  const allUnitIds = units.map((u) => u._id as string)
  for (let week = 0; week < 52; week += 1) {
    const day = new Date(Date.UTC(BENCH_YEAR, 0, 2 + week * 7, 6)) // Thursdays, 14:00 in Shanghai
    const date = day.toISOString().slice(0, 10)
    const id = `n-${BENCH_YEAR}-${week + 1}`
    notices.push({
      _id: id,
      status: 'published',
      year: BENCH_YEAR,
      issueNo: week + 1,
      ownerPath: '/c/',
      schedule: [{ week: week + 1, date, weekday: 4, organizers: [] }],
      publishedAt: day,
      targetUnitIds: ['c']
    })
    const keys = allKeys(periodKeys(new Date(`${date}T06:00:00Z`)))
    const readBy = new Map<string, number>()
    const answeredBy = new Map<string, number>()
    for (const branch of branches) {
      let read = 0
      let answered = 0
      for (const memberId of branch.members) {
        if (random() >= 0.75) continue
        const answers = random() < 0.8
        noticeMembers.push({
          _id: `${id}:${memberId}`,
          noticeId: id,
          memberId,
          unitId: branch.id,
          unitPath: branch.path,
          readAt: day,
          submittedAt: answers ? day : null
        })
        read += 1
        if (answers) answered += 1
        addMember(memberId, keys, answers ? { noticeRead: 1, noticeAnswered: 1 } : { noticeRead: 1 })
      }
      for (const unitId of ancestors(branch.path)) {
        readBy.set(unitId, (readBy.get(unitId) ?? 0) + read)
        answeredBy.set(unitId, (answeredBy.get(unitId) ?? 0) + answered)
      }
    }
    for (const unitId of allUnitIds) {
      const unit = unitOf.get(unitId)!
      const assigned =
        unit.type === 'committee'
          ? branches.length * MEMBERS_PER_BRANCH
          : unit.type === 'general_branch'
            ? BRANCHES_PER_GENERAL * MEMBERS_PER_BRANCH
            : MEMBERS_PER_BRANCH
      noticeUnits.push({
        _id: `${id}:${unitId}`,
        noticeId: id,
        unitId,
        unitName: unit.name,
        unitType: unit.type,
        unitPath: unit.path,
        publishedAt: day,
        assigned,
        read: readBy.get(unitId) ?? 0,
        answered: answeredBy.get(unitId) ?? 0,
        pushedAt: null,
        lastRemindDay: null,
        scheduleChange: null
      })
      addUp([unitId], keys, { notices: 1, noticeAssigned: assigned, noticeRead: readBy.get(unitId) ?? 0, noticeAnswered: answeredBy.get(unitId) ?? 0 })
    }
  }

  const meetings: Doc[] = []
  const meetingUnits: Doc[] = []
  const meetingMembers: Doc[] = []
  for (let month = 1; month <= 12; month += 1) {
    const startAt = new Date(Date.UTC(BENCH_YEAR, month - 1, 12, 7))
    const keys = periodKeys(startAt)
    for (const branch of branches) {
      const id = `m-${branch.id}-${BENCH_YEAR}${String(month).padStart(2, '0')}-theme-day`
      meetings.push({
        _id: id,
        type: 'theme_day',
        title: `${month}月主题党日`,
        unitId: branch.id,
        unitName: branch.name,
        unitType: 'branch',
        unitPath: branch.path,
        startAt,
        endAt: new Date(startAt.getTime() + 7_200_000),
        finalizedAt: startAt,
        fromRule: true,
        minutes: null
      })
      const counts: Counts = { present: 0, late: 0, leave: 0, absent: 0, madeUp: 0 }
      for (const memberId of branch.members) {
        const roll = random()
        const status = roll < 0.85 ? 'present' : roll < 0.9 ? 'late' : roll < 0.95 ? 'leave' : 'absent'
        const madeUp = (status === 'leave' || status === 'absent') && random() < 0.6
        meetingMembers.push({
          _id: `${id}:${memberId}`,
          meetingId: id,
          memberId,
          unitId: branch.id,
          unitPath: branch.path,
          groupId: null,
          status,
          makeup:
            status === 'leave' || status === 'absent' ? { dueAt: startAt, reflection: madeUp ? '心得' : null, completedAt: madeUp ? startAt : null } : null,
          startAt
        })
        counts[status] += 1
        if (madeUp) counts.madeUp += 1
        addMember(memberId, allKeys(keys), { [status]: 1, ...(madeUp ? { madeUp: 1 } : {}) })
      }
      for (const unitId of ancestors(branch.path)) {
        const unit = unitOf.get(unitId)!
        meetingUnits.push({
          _id: `${id}:${unitId}`,
          meetingId: id,
          unitId,
          unitName: unit.name,
          unitType: unit.type,
          unitPath: unit.path,
          type: 'theme_day',
          startAt,
          endAt: startAt,
          invited: MEMBERS_PER_BRANCH,
          ...counts
        })
        addUp([unitId], allKeys(keys), { ...counts, meetingsHeld: 1, meetingInvited: MEMBERS_PER_BRANCH })
        for (const key of allKeys(keys)) {
          const bucket = buckets.get(bucketId(unitId, key))!
          bucket.held = { theme_day: (bucket.held?.theme_day ?? 0) + 1 }
          if (key === keys.year)
            bucket.heldByMonth = {
              theme_day: { ...(bucket.heldByMonth?.theme_day ?? {}), [String(localMonth(startAt))]: (bucket.heldByMonth?.theme_day?.[String(month)] ?? 0) + 1 }
            }
        }
      }
    }
  }

  const unitStats: Doc[] = [...buckets].map(([id, counts]) => {
    const [unitId, period] = id.split(':')
    const unit = unitOf.get(unitId)!
    return { _id: id, unitId, unitName: unit.name, unitType: unit.type, unitPath: unit.path, period, held: {}, heldByMonth: {}, ...counts }
  })
  const pathOf = new Map(members.map((m) => [m._id, m.unitPath as string]))
  const memberStatsDocs: Doc[] = [...memberStats].map(([memberId, periods]) => ({
    _id: `${memberId}:Y${BENCH_YEAR}`,
    memberId,
    unitPath: pathOf.get(memberId) ?? '',
    year: `Y${BENCH_YEAR}`,
    periods
  }))
  const committee = buckets.get(bucketId('c', `Y${BENCH_YEAR}`))!
  return {
    collections: { units, members, notices, noticeUnits, noticeMembers, meetings, meetingUnits, meetingMembers, unitStats, memberStats: memberStatsDocs },
    members: members.length - 1,
    branches: branches.length,
    rawRecords: noticeMembers.length + meetingMembers.length,
    totals: { noticeRead: committee.noticeRead, present: committee.present }
  }
}
