import type { UnitView } from '@contract/org'
import { ApiError } from '@/api/errors'
import { codeFromScan, inviteCodeProblem, normaliseInviteCode } from './invite-code'
import { joinErrorMessage } from './join-errors'
import { qrMatrix } from '@/lib/qr'
import { childrenByParent, orderedUnits } from '@/lib/org-tree'

describe('invite codes as typed', () => {
  it('normalises case, spaces and dashes', () => {
    expect(normaliseInviteCode(' abcd-efgh ')).toBe('ABCDEFGH')
  })
  it('explains what is wrong in Chinese', () => {
    expect(inviteCodeProblem('')).toBe('请输入邀请码')
    expect(inviteCodeProblem('ABC')).toContain('8 位')
    expect(inviteCodeProblem('ABCDEFG0')).toContain('无效字符')
    expect(inviteCodeProblem('ABCDEFGH')).toBe('')
  })
  it('reads the code out of a scanned join path', () => {
    expect(codeFromScan('/packages/org/pages/join/index?code=ab23cd45')).toBe('AB23CD45')
    expect(codeFromScan('AB23CD45')).toBe('AB23CD45')
  })
})

describe('join errors', () => {
  it('names expired, used, revoked and unknown codes, and keeps other messages', () => {
    expect(joinErrorMessage(new ApiError('INVITE_EXPIRED', 'x'))).toContain('已过期')
    expect(joinErrorMessage(new ApiError('INVITE_USED', 'x'))).toContain('已被使用')
    expect(joinErrorMessage(new ApiError('INVITE_REVOKED', 'x'))).toContain('已作废')
    expect(joinErrorMessage(new ApiError('INVITE_INVALID', '邀请码无效，请核对后重试'))).toBe('邀请码无效，请核对后重试')
    expect(joinErrorMessage(new ApiError('NETWORK', '网络连接失败'))).toBe('网络连接失败')
  })
})

describe('qrMatrix', () => {
  it('gives square rows whose runs add up to the module count', () => {
    const { size, rows } = qrMatrix('/packages/org/pages/join/index?code=AB23CD45')
    expect(size).toBeGreaterThanOrEqual(21)
    expect(rows).toHaveLength(size)
    for (const runs of rows) expect(runs.reduce((sum, run) => sum + run.length, 0)).toBe(size)
    // Finder pattern: the top-left corner starts with 7 dark modules.
    expect(rows[0][0]).toEqual({ dark: true, length: 7 })
  })
})

describe('unit tree order', () => {
  const unit = (id: string, type: UnitView['type'], parentId: string | null, pathIds: string[]): UnitView => ({
    id,
    name: id,
    type,
    parentId,
    pathIds,
    directlyAttached: false,
    memberCount: 0
  })
  const units = [
    unit('b1', 'branch', 'gb', ['c', 'gb', 'b1']),
    unit('gb', 'general_branch', 'c', ['c', 'gb']),
    unit('direct', 'branch', 'c', ['c', 'direct']),
    unit('c', 'committee', null, ['c'])
  ]
  it('reads parents before children, general branches before branches', () => {
    expect(orderedUnits(units).map((u) => u.id)).toEqual(['c', 'gb', 'b1', 'direct'])
  })
  it('treats the top of a partial subtree as a root', () => {
    const partial = units.filter((u) => u.id === 'gb' || u.id === 'b1')
    expect(
      childrenByParent(partial)
        .get(null)
        ?.map((u) => u.id)
    ).toEqual(['gb'])
  })
})
