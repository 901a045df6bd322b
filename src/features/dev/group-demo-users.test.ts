import { groupDemoUsers } from './group-demo-users'

describe('groupDemoUsers', () => {
  it('groups by the role after " · ", in first-seen order, with the newcomer under 未加入', () => {
    const groups = groupDemoUsers([
      { openId: '1', name: '甲', label: '信息工程学院党委 · 组织部' },
      { openId: '2', name: '乙', label: '教工党总支 · 党总支书记' },
      { openId: '3', name: '丙', label: '教工第一党支部 · 支部书记' },
      { openId: '4', name: '丁', label: '教工第二党支部 · 支部书记' },
      { openId: '5', name: '戊', label: '教工第一党支部 · 党员' },
      { openId: 'n', name: '新用户', label: '尚未加入组织（用邀请码加入）' }
    ])
    expect(groups.map((group) => group.heading)).toEqual(['组织部', '党总支书记', '支部书记', '党员', '未加入'])
    expect(groups[2].users.map((user) => user.unit)).toEqual(['教工第一党支部', '教工第二党支部'])
    expect(groups[4].users[0].openId).toBe('n')
  })
})
