import { mayCall } from './contact'

describe('mayCall: who a meeting officer may phone', () => {
  const base = { status: 'pending' as const, leave: null, manualReason: null }
  it('allows leave, absence and 送学上门, each with its reason', () => {
    expect(mayCall({ ...base, status: 'leave_requested', leave: { reason: '出差' } })).toBe('请假联系')
    expect(mayCall({ ...base, status: 'absent' })).toBe('缺席补学联系')
    expect(mayCall({ ...base, status: 'present', manualReason: '送学上门' })).toBe('送学上门')
  })
  it('refuses everyone else', () => {
    expect(mayCall(base)).toBeNull()
    expect(mayCall({ ...base, status: 'present' })).toBeNull()
    expect(mayCall({ ...base, status: 'late', manualReason: '未带手机' })).toBeNull()
  })
})
